package news.prism.story.review;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.Staff.BOB;
import static news.prism.story.Staff.CAROL;
import static news.prism.story.Staff.DAVE;
import static news.prism.story.Staff.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import news.prism.testkit.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Four eyes over HTTP, whatever spelling of their name a token gives the author or the last editor: white space,
 * letter case, compatibility forms and invisible characters do not make them someone else.
 */
@MicronautTest(transactional = false)
class OwnWorkTest extends ServiceTestSupport {

    private static final String CORRECTION = "{\"correctionNote\": \"The vote count was added.\"}";
    private static final String REASON = "{\"reason\": \"The cost comparison was withdrawn.\"}";

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    protected String name() {
        return "own_work";
    }

    @BeforeAll
    void connect() {
        api = new Api(server.getURI());
    }

    /** Trailing space, tab, no-break space, upper case, fullwidth letters (NFKC), and all of them at once. */
    @ParameterizedTest
    @ValueSource(strings = {"alice ", "alice\t", "alice\u00A0", "ALICE", "\uFF41\uFF4C\uFF49\uFF43\uFF45",
            "\u3000\uFF21LICE\t"})
    void theAuthorDoesNotApproveUnderAnotherSpelling(String spelling) {
        String id = inReview(ALICE);

        Api.Response refused = api.post(path(id, "approve"), Caller.editor(spelling), null);

        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail")).asString().startsWith("alice wrote this story");
        assertUnpublished(id);
    }

    @Test
    void aZeroWidthSpaceMakesNoOneAtAll() {
        String id = inReview(ALICE);

        Api.Response refused = api.post(path(id, "approve"), Caller.editor("alice\u200B"), null);

        assertThat(refused.status()).as("%s", refused).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertUnpublished(id);
    }

    @Test
    void aNameStoredBeforeNamesWereNormalisedIsStillItsUser() {
        String id = inReview(ALICE);
        execute("UPDATE stories SET author = ?, last_editor = ? WHERE id = ?", "Alice\u200B ", "Alice\u200B ",
                UUID.fromString(id));

        Api.Response refused = api.post(path(id, "approve"), Caller.editor("alice"), null);

        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertUnpublished(id);
    }

    @Test
    void namesAreStoredNormalised() {
        Api.Response created = api.post("/api/stories", Caller.reporter("  Mary\u00A0\uFF21nn\t"), SampleStory.json());

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json()).containsEntry("author", "mary ann").containsEntry("lastEditor", "mary ann");
        assertThat(count("SELECT count(*) FROM stories WHERE id = ? AND author = 'mary ann'",
                UUID.fromString((String) created.json().get("id")))).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"carol", "Carol ", "carol\u00A0", "\uFF23\uFF21\uFF32\uFF2F\uFF2C"})
    void aCorrectionIsNotApprovedByTheEditorWhoWroteIt(String spelling) {
        String id = published(ALICE);
        assertThat(api.put("/api/stories/" + id, CAROL, SampleStory.json(story ->
                story.put("headline", "Lindenport votes 31 to 14 to buy only open-source AI"))).status()).isEqualTo(200);
        assertThat(api.post(path(id, "submit"), CAROL, null).status()).isEqualTo(200);

        Api.Response refused = api.post(path(id, "approve"), Caller.editor(spelling), CORRECTION);
        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.post(path(id, "approve"), Caller.editor("Alice\t"), CORRECTION).status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM story_versions WHERE story_id = ?", UUID.fromString(id))).isOne();

        assertThat(api.post(path(id, "approve"), DAVE, CORRECTION).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"frank", "Frank ", "FRANK\u00A0", "\uFF46rank"})
    void anEditorDoesNotRetractTheirOwnStory(String spelling) {
        String id = published(Caller.editor("frank"));

        Api.Response refused = api.post(path(id, "retract"), Caller.editor(spelling), REASON);

        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail")).asString().contains("another editor or an admin");
        assertThat(api.get("/api/stories/" + id).json()).containsEntry("status", "APPROVED");
        assertThat(count("SELECT count(*) FROM outbox WHERE message_key = ?", id)).isOne();
    }

    @Test
    void anotherEditorRetractsIt() {
        String id = published(Caller.editor("frank"));

        Api.Response retracted = api.post(path(id, "retract"), ERIN, REASON);

        assertThat(retracted.status()).as("%s", retracted).isEqualTo(200);
        assertThat(retracted.json()).containsEntry("status", "RETRACTED");
    }

    @Test
    void anAdminRetractsEvenTheirOwnStory() {
        String id = published(Caller.admin("grace"));

        Api.Response retracted = api.post(path(id, "retract"), Caller.admin("Grace"), REASON);

        assertThat(retracted.status()).as("%s", retracted).isEqualTo(200);
        assertThat(retracted.json()).containsEntry("status", "RETRACTED");
    }

    private String inReview(Caller author) {
        Api.Response created = api.post("/api/stories", author, SampleStory.json());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = (String) created.json().get("id");
        Api.Response submitted = api.post(path(id, "submit"), author, null);
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        return id;
    }

    private String published(Caller author) {
        String id = inReview(author);
        Api.Response approved = api.post(path(id, "approve"), BOB, null);
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        return id;
    }

    private void assertUnpublished(String id) {
        assertThat(api.get("/api/stories/" + id).json()).containsEntry("status", "IN_REVIEW");
        assertThat(count("SELECT count(*) FROM story_versions WHERE story_id = ?", UUID.fromString(id))).isZero();
    }

    private static String path(String id, String step) {
        return "/api/stories/" + id + "/" + step;
    }
}
