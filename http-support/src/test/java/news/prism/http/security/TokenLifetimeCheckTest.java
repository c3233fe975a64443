package news.prism.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.MapClaims;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenLifetimeCheckTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final TokenLifetimeCheck<Object> check = new TokenLifetimeCheck<>(new TokenSettings(SKEW, null, null, null, null, 300),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenWithinItsLifetimeIsTaken() {
        assertThat(takes(Map.of(Claims.EXPIRATION_TIME, at(3600), Claims.ISSUED_AT, at(-10),
                Claims.NOT_BEFORE, at(-10)))).isTrue();
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertThat(takes(Map.of(Claims.ISSUED_AT, at(-10)))).isFalse();
    }

    @Test
    void anExpiryIsATime() {
        assertThat(takes(Map.of(Claims.EXPIRATION_TIME, "tomorrow"))).isFalse();
        assertThat(takes(Map.of(Claims.EXPIRATION_TIME, Map.of("in", "1h")))).isFalse();
    }

    @Test
    void anExpiredTokenIsTakenOnlyWithinTheSkew() {
        assertThat(takes(Map.of(Claims.EXPIRATION_TIME, at(-30)))).isTrue();
        assertThat(takes(Map.of(Claims.EXPIRATION_TIME, at(-SKEW.toSeconds())))).isTrue();
        assertThat(takes(Map.of(Claims.EXPIRATION_TIME, at(-SKEW.toSeconds() - 1)))).isFalse();
    }

    @Test
    void aTokenNotYetValidIsTakenOnlyWithinTheSkew() {
        assertThat(takes(withExpiry(Claims.NOT_BEFORE, at(30)))).isTrue();
        assertThat(takes(withExpiry(Claims.NOT_BEFORE, at(SKEW.toSeconds() + 1)))).isFalse();
        assertThat(takes(withExpiry(Claims.NOT_BEFORE, at(3600)))).isFalse();
        assertThat(takes(withExpiry(Claims.NOT_BEFORE, "soon"))).isFalse();
    }

    @Test
    void aTokenIssuedInTheFutureIsTakenOnlyWithinTheSkew() {
        assertThat(takes(withExpiry(Claims.ISSUED_AT, at(30)))).isTrue();
        assertThat(takes(withExpiry(Claims.ISSUED_AT, at(SKEW.toSeconds() + 1)))).isFalse();
        assertThat(takes(withExpiry(Claims.ISSUED_AT, at(86_400)))).isFalse();
    }

    private boolean takes(Map<String, Object> claims) {
        return check.validate(new MapClaims(claims), null);
    }

    private static Map<String, Object> withExpiry(String claim, Object value) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(Claims.EXPIRATION_TIME, at(3600));
        claims.put(claim, value);
        return claims;
    }

    private static Date at(long secondsFromNow) {
        return Date.from(NOW.plusSeconds(secondsFromNow));
    }
}
