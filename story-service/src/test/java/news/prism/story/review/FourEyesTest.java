package news.prism.story.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.SampleStory;
import news.prism.story.story.Story;
import news.prism.story.story.StoryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FourEyesTest {

    private final FourEyes fourEyes = new FourEyes();

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Alice", "alice ", "alice\t", "alice\u00A0", "\uFF41\uFF4C\uFF49\uFF43\uFF45"})
    void theAuthorDoesNotApproveUnderAnySpelling(String approver) {
        assertThat(fourEyes.refusalToApprove(story("alice", "bob"), editor(approver)))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("wrote this story"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bob", "BOB", " bob", "b\uFF4Fb"})
    void theLastEditorDoesNotApproveUnderAnySpelling(String approver) {
        assertThat(fourEyes.refusalToApprove(story("alice", "bob"), editor(approver)))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("edited this story last"));
    }

    @Test
    void namesStoredBeforeNormalisationStillCount() {
        Story story = story("Alice\u200B ", "\uFF22ob\t");
        assertThat(fourEyes.refusalToApprove(story, editor("alice"))).isPresent();
        assertThat(fourEyes.refusalToApprove(story, editor("bob"))).isPresent();
        assertThat(fourEyes.refusalToRetract(story, editor("alice"))).isPresent();
    }

    @Test
    void anotherEditorApproves() {
        assertThat(fourEyes.refusalToApprove(story("alice", "bob"), editor("carol"))).isEmpty();
    }

    @Test
    void anAdminAuthorApprovesNoMoreThanAnyoneElse() {
        assertThat(fourEyes.refusalToApprove(story("alice", "bob"), new ActingUser("alice", Set.of(Roles.ADMIN))))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"frank", "Frank ", "FRANK\u00A0", "\uFF46rank"})
    void theAuthorDoesNotRetractTheirOwnStory(String retractor) {
        assertThat(fourEyes.refusalToRetract(story("frank", "frank"), editor(retractor)))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("wrote this story"));
    }

    @Test
    void anotherEditorOrAnAdminRetracts() {
        Story story = story("frank", "frank");
        assertThat(fourEyes.refusalToRetract(story, editor("erin"))).isEmpty();
        assertThat(fourEyes.refusalToRetract(story, new ActingUser("Frank", Set.of(Roles.ADMIN)))).isEmpty();
    }

    private static ActingUser editor(String name) {
        return new ActingUser(name, Set.of(Roles.EDITOR));
    }

    private static Story story(String author, String lastEditor) {
        return new Story(UUID.randomUUID(), StoryStatus.APPROVED, "slug", author, lastEditor, 2,
                SampleStory.content(), 1, Instant.now(), Instant.now(), Instant.now());
    }
}
