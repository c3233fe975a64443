package news.prism.notify.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.notify.digest.DigestSchedule;
import news.prism.notify.subscription.Frequency;
import news.prism.notify.subscription.SubscriberStatus;
import news.prism.notify.subscription.SubscriberStore.TopicStatus;

/** A reader's digest schedule and how each topic reaches them. Every method runs in the caller's transaction. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
class PreferenceStore {

    private final Sql sql;

    PreferenceStore(Sql sql) {
        this.sql = sql;
    }

    private static final String PROFILE = """
            SELECT email, status, time_zone, digest_time, digest_weekday FROM subscribers WHERE id = ?""";

    /** The subscriber's address, status and schedule. */
    Optional<Profile> profile(UUID subscriberId) {
        return sql.one(PROFILE, PreferenceStore::profile, subscriberId);
    }

    /** {@link #profile}, locked until the transaction ends, so that two changes of one reader queue up. */
    Optional<Profile> lockProfile(UUID subscriberId) {
        return sql.one(PROFILE + " FOR UPDATE", PreferenceStore::profile, subscriberId);
    }

    private static Profile profile(ResultSet row) throws SQLException {
        return new Profile(row.getString("email"), SubscriberStatus.valueOf(row.getString("status")),
                DigestSchedule.of(row));
    }

    List<TopicRow> topics(UUID subscriberId) {
        return sql.list("""
                SELECT topic_slug, status, frequency, digest_since FROM subscriptions
                WHERE subscriber_id = ? ORDER BY topic_slug""",
                row -> new TopicRow(new TopicPreference(row.getString("topic_slug"),
                        TopicStatus.valueOf(row.getString("status")), Frequency.valueOf(row.getString("frequency"))),
                        Sql.instant(row, "digest_since")), subscriberId);
    }

    void saveSchedule(UUID subscriberId, DigestSchedule schedule) {
        sql.update("UPDATE subscribers SET time_zone = ?, digest_time = ?, digest_weekday = ? WHERE id = ?",
                schedule.zone().getId(), schedule.time(), schedule.weekday().getValue(), subscriberId);
    }

    /** {@code since} and {@code dueAt} bound the open digest period; both null for {@code EACH_STORY}. */
    void setFrequency(UUID subscriberId, String topic, Frequency frequency, @Nullable Instant since,
                      @Nullable Instant dueAt) {
        sql.update("""
                UPDATE subscriptions SET frequency = ?, digest_since = ?, digest_due_at = ?
                WHERE subscriber_id = ? AND topic_slug = ?""", frequency, since, dueAt, subscriberId, topic);
    }

    void leave(UUID subscriberId, String topic) {
        sql.update("DELETE FROM subscriptions WHERE subscriber_id = ? AND topic_slug = ?", subscriberId, topic);
    }

    record Profile(String email, SubscriberStatus status, DigestSchedule schedule) {
    }

    /** A topic as stored, with the start of its open digest period (null for {@code EACH_STORY}). */
    record TopicRow(TopicPreference preference, @Nullable Instant digestSince) {
    }
}
