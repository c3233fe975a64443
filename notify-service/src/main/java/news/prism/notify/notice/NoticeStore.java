package news.prism.notify.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import news.prism.data.Sql;
import news.prism.notify.page.Page;
import news.prism.notify.page.PageStore;

@Singleton
@Transactional(propagation = Propagation.MANDATORY)
class NoticeStore {

    private final Sql sql;

    NoticeStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Records the notice and queues its mail for every reader whose story mail was sent, in one statement however
     * many readers there are. The notice's key and the mails' unique index (delivery, kind, version) make this safe
     * against redelivered events and concurrent runs.
     *
     * @param traceparent the trace the mails' SMTP sends join
     * @return how many mails were queued now
     */
    int queue(String storyId, NoticeKind kind, int version, @Nullable String note, String traceparent) {
        return sql.update("""
                WITH notice AS (
                    INSERT INTO page_notices (story_id, kind, version, note, created_at)
                    VALUES (?, ?, ?, ?, now())
                    ON CONFLICT DO NOTHING)
                INSERT INTO mails
                    (kind, subscriber_id, delivery_id, notice_version, status, next_attempt_at, created_at, traceparent)
                SELECT ?, d.subscriber_id, d.id, ?, 'PENDING', now(), now(), ?
                FROM deliveries d
                WHERE d.story_id = ? AND d.channel = 'EMAIL' AND d.status = 'SENT'
                ON CONFLICT (delivery_id, kind, notice_version) WHERE notice_version IS NOT NULL DO NOTHING""",
                storyId, kind.mailKind, version, note, kind.mailKind, version, traceparent, storyId);
    }

    /** The notice mail with this id: to whom, about which page, with what note, whether the reader still takes mail. */
    Optional<DueNotice> due(long mailId) {
        return sql.one("""
                SELECT s.email, s.status <> 'UNSUBSCRIBED' AS reachable, n.note, %s
                FROM mails m
                JOIN deliveries d ON d.id = m.delivery_id
                JOIN pages p ON p.story_id = d.story_id
                JOIN page_notices n ON n.story_id = d.story_id AND n.kind = m.kind AND n.version = m.notice_version
                JOIN subscribers s ON s.id = d.subscriber_id
                WHERE m.id = ?""".formatted(PageStore.COLUMNS),
                row -> new DueNotice(row.getString("email"),
                        row.getBoolean("reachable"), row.getString("note"), PageStore.page(row)),
                mailId);
    }

    /** A notice mail about to be sent. */
    record DueNotice(String email, boolean reachable, @Nullable String note, Page page) {
    }
}
