package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import news.prism.events.PagePublished;
import org.junit.jupiter.api.Test;

/**
 * Corrections and retractions reach the readers who were mailed the story, as what they are: never as a new story,
 * never to a reader who was not sent the story, each once however often its event arrives.
 */
@MicronautTest(transactional = false)
class CorrectionAndRetractionMailTest extends NotifyTestBase {

    CorrectionAndRetractionMailTest() {
        super("notices");
    }

    @Test
    void aCorrectionIsMailedOnlyWhenTheEditorSaysSoAndOnlyToReadersWhoWereSentTheStory() {
        database().activeSubscribers("early-c", "court-ruling", 2);
        String storyId = "story-correction-" + UUID.randomUUID();
        PagePublished first = PageEvents.page(storyId, 1, "court-ruling", "The court rules on model weights");
        pageEvents().send(storyId, first);
        mailbox.awaitOne("early-c1@example.org", first.getHeadline());
        mailbox.awaitOne("early-c2@example.org", first.getHeadline());
        // Subscribed after the story was first published and mailed.
        database().activeSubscribers("late-c", "court-ruling", 1);

        PagePublished quiet = PageEvents.correction(first, 2, "The court rules on model weights (v2)",
                "A typo in the judge's name.", false);
        awaitHandledAndDispatched(pageEvents().send(storyId, quiet));
        assertThat(mailbox.to("early-c1@example.org")).as("the editor did not ask to notify").hasSize(1);
        assertThat(mailbox.to("late-c1@example.org")).as("a correction is not a new story").isEmpty();

        String note = "The ruling was 7-2, not 6-3 & unanimous on costs.";
        PagePublished told = PageEvents.correction(first, 3, "The court rules 7-2 on model weights", note, true);
        String toldId = pageEvents().send(storyId, told);
        String subject = "Correction: " + told.getHeadline();
        MimeMessage correction = mailbox.awaitOne("early-c1@example.org", subject);
        mailbox.awaitOne("early-c2@example.org", subject);
        assertThat(Mailbox.text(correction)).contains("Correction: " + note).contains(told.getUrl());
        assertThat(Mailbox.html(correction)).contains("class=\"correction-note\"")
                .contains("7-2, not 6-3 &amp; unanimous on costs.").contains("href=\"" + told.getUrl() + "\"");
        assertThat(Mailbox.hasAlternativeParts(correction)).isTrue();
        assertThat(Mailbox.header(correction, "List-Unsubscribe")).hasValueSatisfying(
                value -> assertThat(value).startsWith("<" + UNSUBSCRIBE_LINK));

        // The same event again, and a replay of it under a new id: nobody is told twice.
        pageEvents().send(toldId, storyId, told);
        awaitHandledAndDispatched(pageEvents().send(storyId, told));
        assertThat(mailbox.recipientsOf(subject)).containsOnlyKeys("early-c1@example.org", "early-c2@example.org")
                .allSatisfy((reader, count) -> assertThat(count).isEqualTo(1));
        assertThat(mailbox.to("late-c1@example.org")).isEmpty();
        assertThat(database().count("""
                SELECT count(*) FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
                WHERE s.email = 'late-c1@example.org'""")).isZero();
    }

    @Test
    void aRetractionIsMailedOnceToTheReadersWhoWereSentTheStory() {
        database().activeSubscribers("mailed-r", "retraction-news", 2);
        String storyId = "story-retraction-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, "retraction-news", "A story that will not stand");
        pageEvents().send(storyId, page);
        mailbox.awaitOne("mailed-r1@example.org", page.getHeadline());
        mailbox.awaitOne("mailed-r2@example.org", page.getHeadline());
        database().activeSubscribers("after-r", "retraction-news", 1);

        String withdrawalId = pageEvents().send(storyId, PageEvents.withdrawn(page));
        String subject = "Retracted: " + page.getHeadline();
        MimeMessage notice = mailbox.awaitOne("mailed-r1@example.org", subject);
        mailbox.awaitOne("mailed-r2@example.org", subject);
        assertThat(Mailbox.text(notice)).contains("retracted").contains(page.getUrl());
        assertThat(Mailbox.hasAlternativeParts(notice)).isTrue();

        pageEvents().send(withdrawalId, storyId, PageEvents.withdrawn(page));
        awaitHandledAndDispatched(pageEvents().send(storyId, PageEvents.withdrawn(page)));
        assertThat(mailbox.recipientsOf(subject)).containsOnlyKeys("mailed-r1@example.org", "mailed-r2@example.org")
                .allSatisfy((reader, count) -> assertThat(count).isEqualTo(1));
        assertThat(mailbox.to("after-r1@example.org")).as("never sent the story").isEmpty();
    }

    @Test
    void aStoryMailHasTextAndHtmlPartsWithThePerspectiveTableAndUnsubscribeLink() {
        database().activeSubscribers("reader-f", "mail-format", 1);
        String reader = "reader-f1@example.org";
        String storyId = "story-format-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, "mail-format", "Who pays for <open> models?");
        pageEvents().send(storyId, page);
        MimeMessage story = mailbox.awaitOne(reader, page.getHeadline());

        assertThat(Mailbox.hasAlternativeParts(story)).isTrue();
        String header = Mailbox.header(story, "List-Unsubscribe").orElseThrow();
        String unsubscribe = header.substring(1, header.length() - 1);
        assertThat(Mailbox.header(story, "List-Unsubscribe-Post")).hasValue("List-Unsubscribe=One-Click");

        String html = Mailbox.html(story);
        assertThat(html).contains("width=\"600\"").contains("Who pays for &lt;open&gt; models?")
                .contains("class=\"perspective-bar\"").contains("<td width=\"45%\"").contains("<td width=\"35%\"")
                .contains("<td width=\"20%\"").contains("Regulators").contains("45%").contains("Researchers")
                .contains("From 12 outlets, 3 viewpoints")
                .contains("href=\"" + page.getUrl() + "\"").contains("href=\"" + unsubscribe + "\"");
        assertThat(Mailbox.text(story)).contains("Who pays for <open> models?").doesNotContain("&lt;")
                .contains("- Regulators: 45%").contains("- Industry: 35%").contains("- Researchers: 20%")
                .contains("Read the story: " + page.getUrl()).contains("Unsubscribe: " + unsubscribe);

        // The unsubscribe pages are the service's templates, in the look of the reader's page.
        var confirmPage = http().get(TestHttp.pathAndQuery(unsubscribe));
        assertThat(confirmPage.body()).startsWith("<!DOCTYPE html>").contains("<header class=\"masthead\">")
                .contains("<span class=\"masthead-site\">Prism</span>").contains("--accent: #1f55c8")
                .contains("<title>Unsubscribe · Prism</title>").contains("class=\"notice-form\"");
        assertThat(confirmPage.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
}
