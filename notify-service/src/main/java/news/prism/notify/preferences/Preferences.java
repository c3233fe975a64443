package news.prism.notify.preferences;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.errors.NotFound;
import news.prism.notify.digest.DigestSchedule;
import news.prism.notify.digest.Digests;
import news.prism.notify.preferences.PreferenceStore.Profile;
import news.prism.notify.preferences.PreferenceStore.TopicRow;
import news.prism.notify.subscription.Frequency;
import news.prism.notify.token.TokenPurpose;
import news.prism.notify.token.TokenStore;
import news.prism.notify.token.Tokens;
import news.prism.notify.unsubscribe.Unsubscriptions;

/**
 * A reader's preferences, reached by the token of a preferences link: how each topic reaches them (each story, a
 * daily or a weekly digest), when digests go out, leaving one topic or all of them, and revoking every link.
 * A topic that changes to a digest starts its first period now; one that changes between daily and weekly, or whose
 * schedule changes, keeps the stories of its open period, which then ends at the next end of the new schedule; one
 * that goes back to each story gets a last digest of its open period so far.
 */
@Singleton
public class Preferences {

    private static final DateTimeFormatter SEND_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Tokens tokens;
    private final TokenStore tokenStore;
    private final PreferenceStore store;
    private final Unsubscriptions unsubscriptions;
    private final Digests digests;
    private final Clock clock;

    Preferences(Tokens tokens, TokenStore tokenStore, PreferenceStore store, Unsubscriptions unsubscriptions,
                Digests digests, Clock clock) {
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        this.store = store;
        this.unsubscriptions = unsubscriptions;
        this.digests = digests;
        this.clock = clock;
    }

    /** @throws NotFound when the token is unknown, expired or revoked */
    @Transactional
    public PreferencesView view(String token) {
        return view(subscriberFor(token));
    }

    /** @throws Invalid naming a topic that is not the reader's; nothing changes then */
    @Transactional
    public PreferencesView change(String token, PreferenceChanges changes) {
        UUID subscriberId = subscriberFor(token);
        Profile profile = store.lockProfile(subscriberId).orElseThrow(Preferences::unknownLink);
        Map<String, TopicRow> topics = store.topics(subscriberId).stream()
                .collect(Collectors.toMap(row -> row.preference().topic(), Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        changes.frequencies().keySet().stream().filter(topic -> !topics.containsKey(topic))
                .forEach(topic -> errors.add(new FieldError(changes.topicFields().get(topic),
                        "is not one of your topics; subscribe to it first")));
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        DigestSchedule current = profile.schedule();
        DigestSchedule schedule = new DigestSchedule(
                changes.timeZone() != null ? changes.timeZone() : current.zone(),
                changes.sendTime() != null ? changes.sendTime() : current.time(),
                changes.weekday() != null ? changes.weekday() : current.weekday());
        store.saveSchedule(subscriberId, schedule);
        Instant now = clock.instant();
        for (TopicRow row : topics.values()) {
            String topic = row.preference().topic();
            if (changes.keepOnly() != null && !changes.keepOnly().contains(topic)) {
                store.leave(subscriberId, topic);
                continue;
            }
            Frequency frequency = changes.frequencies().getOrDefault(topic, row.preference().frequency());
            if (frequency.isDigest()) {
                Instant since = row.digestSince() != null ? row.digestSince() : now;
                store.setFrequency(subscriberId, topic, frequency, since, schedule.nextEnd(frequency, now));
            } else {
                if (row.preference().frequency().isDigest()) {
                    digests.closeEarly(subscriberId, topic);
                }
                store.setFrequency(subscriberId, topic, frequency, null, null);
            }
        }
        if (changes.keepOnly() != null && changes.keepOnly().isEmpty()) {
            unsubscriptions.stopAllMail(subscriberId);
        }
        return view(subscriberId);
    }

    @Transactional
    public PreferencesView leave(String token, String topic) {
        UUID subscriberId = subscriberFor(token);
        store.leave(subscriberId, topic);
        return view(subscriberId);
    }

    @Transactional
    public PreferencesView leaveAll(String token) {
        UUID subscriberId = subscriberFor(token);
        unsubscriptions.stopAllMail(subscriberId);
        return view(subscriberId);
    }

    /** Every link to the preferences page stops working, this one too; the next mail brings a new one. */
    @Transactional
    public void revokeLinks(String token) {
        tokenStore.revokeAll(subscriberFor(token), TokenPurpose.PREFERENCES);
    }

    private PreferencesView view(UUID subscriberId) {
        Profile profile = store.profile(subscriberId).orElseThrow(Preferences::unknownLink);
        DigestSchedule schedule = profile.schedule();
        return new PreferencesView(profile.email(), profile.status(), schedule.zone().getId(),
                schedule.time().format(SEND_TIME), schedule.weekday().name(),
                store.topics(subscriberId).stream().map(TopicRow::preference).toList());
    }

    private UUID subscriberFor(String token) {
        if (token == null || !tokens.looksValid(token)) {
            throw unknownLink();
        }
        return tokenStore.subscriberFor(tokens.hash(token), TokenPurpose.PREFERENCES)
                .orElseThrow(Preferences::unknownLink);
    }

    private static NotFound unknownLink() {
        return new NotFound("This preferences link is unknown, has expired or was revoked");
    }
}
