package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.prism.events.PagePublished;
import news.prism.notify.digest.Digests;
import news.prism.testkit.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * A reader who chose a daily digest: no mail per story, one digest once the period has ended in the reader's time
 * zone, listing the period's stories, however many schedulers run and however often; nothing for an empty period.
 */
@MicronautTest(transactional = false)
class DigestTest extends NotifyTestBase {

    static final String PREFERENCES_LINK = PUBLIC_URL + "/subscriptions/preferences?token=";
    private static final Pattern PREFERENCES_HREF = Pattern.compile(Pattern.quote(PREFERENCES_LINK)
            + "[A-Za-z0-9_-]+");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Inject
    MovableClock clock;

    @Inject
    Digests digests;

    @Inject
    ApplicationContext context;

    DigestTest() {
        super("digests");
    }

    @Override
    Map<String, String> extraProperties() {
        return Map.of(MovableClock.PROPERTY, "true", "prism.notify.digests.interval", "200ms");
    }

    @Test
    void aDailyDigestListsThePeriodsStoriesOnceAfterThePeriodEndsInTheReadersZone() {
        String topic = "daily-digest";
        String dora = "dora.digest@example.org";
        String eli = "eli.digest@example.org";
        HttpResponse<String> confirmed = subscribeAndConfirmPage(dora, topic).page();
        subscribeAndConfirm(eli, topic);

        // Dora chooses a daily digest at a time of day 90 minutes ahead on her own clock, on the preferences page
        // the confirmation linked to.
        String preferences = TestHttp.pathAndQuery(preferencesLink(confirmed.body()));
        ZonedDateTime doraNow = clock.instant().atZone(KOLKATA);
        LocalTime sendAt = doraNow.toLocalTime().plusMinutes(90).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> saved = http().postForm(preferences, List.of(
                Map.entry("action", "save"), Map.entry("topic", topic), Map.entry("frequency", "DAILY"),
                Map.entry("timeZone", "Asia/Kolkata"), Map.entry("sendTime", sendAt.format(HH_MM)),
                Map.entry("weekday", "MONDAY")));
        assertThat(saved.statusCode()).isEqualTo(200);
        Instant periodEnd = nextAfter(doraNow, sendAt);

        Instant published = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        PagePublished broad = page(topic, "Grid storage goes public", 3, 2, published);
        // A second later, so that the order of publication is not left to two story ids within one millisecond.
        PagePublished narrow = page(topic, "A battery plant vote", 1, 4, published.plusSeconds(1));
        PagePublished elsewhere = page("other-digest-topic", "Not in this digest", 5, 5, published);
        pageEvents().send(broad.getStoryId(), broad);
        pageEvents().send(elsewhere.getStoryId(), elsewhere);
        String last = pageEvents().send(narrow.getStoryId(), narrow);
        mailbox.awaitOne(eli, narrow.getHeadline());
        awaitHandledAndDispatched(last);
        assertThat(mailbox.to(dora)).as("only the confirmation; no mail per story")
                .extracting(Mailbox::subject).containsExactly(CONFIRMATION_SUBJECT);

        assertThat(digests.closeEndedPeriods()).as("the period has not ended yet in Kolkata").isZero();
        assertThat(digestRows(dora)).isZero();

        clock.advancePast(periodEnd);
        MimeMessage digest = mailbox.awaitOne(dora, "Your daily digest: " + topicName(topic) + " · 2 new stories");
        String text = Mailbox.text(digest);
        assertThat(text)
                .contains(broad.getHeadline(), broad.getSummary(), broad.getUrl(), "3 outlets · 2 viewpoints")
                .contains(narrow.getHeadline(), narrow.getSummary(), "1 outlet · 4 viewpoints")
                .doesNotContain(elsewhere.getHeadline())
                .contains(PREFERENCES_LINK);
        assertThat(text.indexOf(broad.getHeadline())).as("in order of publication")
                .isLessThan(text.indexOf(narrow.getHeadline()));
        // The HTML part writes what is beyond ASCII as character references (MailComposer).
        assertThat(Mailbox.html(digest)).contains("3 outlets &#183; 2 viewpoints");
        assertThat(Mailbox.header(digest, "List-Unsubscribe")).hasValueSatisfying(
                header -> assertThat(header).startsWith("<" + UNSUBSCRIBE_LINK));
        assertThat(Mailbox.header(digest, "List-Unsubscribe-Post")).hasValue("List-Unsubscribe=One-Click");

        // A scheduler started afresh and two more at once, besides the periodic one: the period is closed already.
        Digests restarted = context.createBean(Digests.class);
        Digests another = context.createBean(Digests.class);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(restarted::closeEndedPeriods);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(another::closeEndedPeriods);
        assertThat(first.join() + second.join()).isZero();
        await().atMost(Mailbox.WAIT).until(() -> database().pendingMails() == 0);
        assertThat(digestMails(dora)).hasSize(1);
        assertThat(digestRows(dora)).isEqualTo(1);

        // The next day brings nothing new: the period is recorded, no mail goes out.
        clock.advance(Duration.ofDays(1));
        await().atMost(Mailbox.WAIT).until(() -> digestRows(dora) == 2);
        assertThat(database().count("""
                SELECT count(*) FROM digests g JOIN subscribers s ON s.id = g.subscriber_id
                WHERE s.email = ? AND g.mail_id IS NULL AND g.stories = 0""", dora)).isEqualTo(1);
        await().atMost(Mailbox.WAIT).until(() -> database().pendingMails() == 0);
        assertThat(digestMails(dora)).hasSize(1);
        assertThat(mailbox.to(eli)).extracting(Mailbox::subject).noneMatch(subject -> subject.startsWith("Your"));
    }

    @Test
    void concurrentSchedulersCloseEachPeriodOnce() {
        String topic = "race-digest";
        List<String> readers = List.of("ray.digest@example.org", "rae.digest@example.org", "rob.digest@example.org");
        for (String reader : readers) {
            String page = subscribeAndConfirmPage(reader, topic).page().body();
            HttpResponse<String> chosen = http().putJson("/api/subscriptions/preferences?token="
                    + preferencesLink(page).substring(PREFERENCES_LINK.length()),
                    "{\"timeZone\":\"America/New_York\",\"sendTime\":\"06:00\",\"topics\":[{\"topic\":\"" + topic
                            + "\",\"frequency\":\"DAILY\"}]}");
            assertThat(chosen.statusCode()).isEqualTo(200);
            assertThat(json(chosen).at("/topics/0/frequency").asText()).isEqualTo("DAILY");
        }
        PagePublished story = page(topic, "Three schedulers, one digest", 2, 3,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        awaitHandledAndDispatched(pageEvents().send(story.getStoryId(), story));

        clock.advance(Duration.ofDays(1).plusHours(1));
        List<CompletableFuture<Integer>> schedulers = List.of(
                CompletableFuture.supplyAsync(context.createBean(Digests.class)::closeEndedPeriods),
                CompletableFuture.supplyAsync(context.createBean(Digests.class)::closeEndedPeriods),
                CompletableFuture.supplyAsync(digests::closeEndedPeriods));
        schedulers.forEach(CompletableFuture::join);
        for (String reader : readers) {
            mailbox.awaitOne(reader, "Your daily digest: " + topicName(topic) + " · 1 new story");
        }
        await().atMost(Mailbox.WAIT).until(() -> database().pendingMails() == 0);
        for (String reader : readers) {
            assertThat(digestMails(reader)).as(reader).hasSize(1);
        }
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** When the daily period of a reader whose digests go out at {@code sendAt} ends, seen from {@code now}. */
    private static Instant nextAfter(ZonedDateTime now, LocalTime sendAt) {
        ZonedDateTime end = now.with(sendAt);
        return (end.isAfter(now) ? end : end.plusDays(1)).toInstant();
    }

    private PagePublished page(String topic, String headline, int outlets, int viewpoints, Instant published) {
        String storyId = "story-digest-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, topic, headline);
        page.setOutlets(outlets);
        page.setViewpoints(viewpoints);
        page.setPublishedAt(published);
        page.setFirstPublishedAt(published);
        return page;
    }

    private static String topicName(String topic) {
        return PageEvents.page("any", 1, topic, "any").getTopicName();
    }

    static String preferencesLink(String html) {
        Matcher link = PREFERENCES_HREF.matcher(html);
        assertThat(link.find()).as("a link to the preferences page in:\n" + html).isTrue();
        return link.group();
    }

    private List<MimeMessage> digestMails(String reader) {
        return mailbox.to(reader).stream().filter(mail -> Mailbox.subject(mail).startsWith("Your daily digest"))
                .toList();
    }

    private long digestRows(String reader) {
        return database().count("""
                SELECT count(*) FROM digests g JOIN subscribers s ON s.id = g.subscriber_id WHERE s.email = ?""",
                reader);
    }
}
