package news.prism.notify.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.data.Sql;

/** The hashes of the tokens handed out in mails, and whom they act for. */
@Singleton
public class TokenStore {

    private final Sql sql;

    public TokenStore(Sql sql) {
        this.sql = sql;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(IssuedToken token, UUID subscriberId, TokenPurpose purpose, @Nullable Instant expiresAt) {
        sql.update("""
                INSERT INTO subscriber_tokens (token_hash, subscriber_id, purpose, created_at, expires_at)
                VALUES (?, ?, ?, now(), ?)""", token.hash(), subscriberId, purpose, expiresAt);
    }

    /** Several tokens, in one round trip. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveAll(List<NewToken> tokens) {
        sql.batch("""
                INSERT INTO subscriber_tokens (token_hash, subscriber_id, purpose, created_at, expires_at)
                VALUES (?, ?, ?, now(), ?)""", tokens.stream().map(token -> new Object[] {token.token().hash(),
                token.subscriberId(), token.purpose(), token.expiresAt()}).toList());
    }

    /** A token to store for the subscriber it acts for, valid until {@code expiresAt} (null: until revoked). */
    public record NewToken(IssuedToken token, UUID subscriberId, TokenPurpose purpose, @Nullable Instant expiresAt) {
    }

    /** The subscriber a token acts for, unless it is unknown, meant for something else, or expired. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> subscriberFor(byte[] tokenHash, TokenPurpose purpose) {
        return sql.one("""
                SELECT subscriber_id FROM subscriber_tokens
                WHERE token_hash = ? AND purpose = ? AND (expires_at IS NULL OR expires_at > now())""",
                row -> Sql.uuid(row, "subscriber_id"), tokenHash, purpose);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAll(UUID subscriberId, TokenPurpose purpose) {
        sql.update("DELETE FROM subscriber_tokens WHERE subscriber_id = ? AND purpose = ?", subscriberId, purpose);
    }

    @Transactional
    public int purgeExpired() {
        return sql.update("DELETE FROM subscriber_tokens WHERE expires_at <= now()");
    }
}
