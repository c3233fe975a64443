package news.prism.http.security;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thing every token's claims must meet. A token that breaks it is not believed, so its request is anonymous
 * and a protected call answers 401 ({@link AccessRefusals}); why is logged at debug, since a bad token is the
 * caller's fault and not the service's.
 *
 * @param <T> the request
 */
abstract class ClaimsRule<T> implements GenericJwtClaimsValidator<T> {

    private final Logger log = LoggerFactory.getLogger(getClass());

    /** Why the claims break the rule, or empty when they keep it. */
    abstract Optional<String> brokenBy(Claims claims);

    @Override
    public final boolean validate(@NonNull Claims claims, @Nullable T request) {
        Optional<String> broken = brokenBy(claims);
        // The reasons quote no claim as sent: a subject or role could carry line breaks into the log.
        broken.ifPresent(reason -> log.debug("Refused a bearer token: {}", reason));
        return broken.isEmpty();
    }
}
