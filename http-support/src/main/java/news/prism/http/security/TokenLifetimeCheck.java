package news.prism.http.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A token is taken only within its lifetime, give or take {@link TokenSettings#clockSkew}: it must have an
 * {@code exp}, not passed; its {@code nbf}, if any, must have come, and its {@code iat}, if any, must not lie ahead.
 * Replaces Micronaut's check of {@code exp}, which lets a token without one live forever and allows no skew.
 *
 * @param <T> the request
 */
@Singleton
@Replaces(ExpirationJwtClaimsValidator.class)
class TokenLifetimeCheck<T> extends ClaimsRule<T> {

    private final Duration skew;
    private final Clock clock;

    @Inject
    public TokenLifetimeCheck(TokenSettings settings) {
        this(settings, Clock.systemUTC());
    }

    TokenLifetimeCheck(TokenSettings settings, Clock clock) {
        this.skew = settings.clockSkew();
        this.clock = clock;
    }

    @Override
    Optional<String> brokenBy(Claims claims) {
        Instant now = clock.instant();
        Object expiry = claims.get(Claims.EXPIRATION_TIME);
        if (!(expiry instanceof Date expiresAt)) {
            return Optional.of(expiry == null ? "it has no exp" : "its exp is not a time");
        }
        if (expiresAt.toInstant().plus(skew).isBefore(now)) {
            return Optional.of("it expired at " + expiresAt.toInstant() + ", more than " + skew + " ago");
        }
        return ahead(claims, Claims.NOT_BEFORE, now, "it is not valid before")
                .or(() -> ahead(claims, Claims.ISSUED_AT, now, "it claims to be issued at"));
    }

    /** Whether the optional time claim lies further ahead of now than the skew allows. */
    private Optional<String> ahead(Claims claims, String name, Instant now, String saying) {
        Object time = claims.get(name);
        if (time == null) {
            return Optional.empty();
        }
        if (!(time instanceof Date date)) {
            return Optional.of("its " + name + " is not a time");
        }
        return date.toInstant().minus(skew).isAfter(now)
                ? Optional.of(saying + " " + date.toInstant() + ", more than " + skew + " from now")
                : Optional.empty();
    }
}
