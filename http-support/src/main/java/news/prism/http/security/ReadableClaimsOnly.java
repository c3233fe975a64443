package news.prism.http.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns away, as unparseable, a token whose claims cannot be read as JWT claims ({@code "exp": "tomorrow"}, an
 * object for {@code nbf}, a number for {@code iss}). Micronaut would read them only when checking the claims, and
 * log the failure at ERROR with its stack trace: any caller holding a signed token could fill the log.
 */
@Singleton
class ReadableClaimsOnly implements BeanCreatedEventListener<JsonWebTokenParser<JWT>> {

    private static final Logger LOG = LoggerFactory.getLogger(ReadableClaimsOnly.class);

    @Override
    public JsonWebTokenParser<JWT> onCreated(BeanCreatedEvent<JsonWebTokenParser<JWT>> event) {
        return new CheckedParser(event.getBean());
    }

    private record CheckedParser(JsonWebTokenParser<JWT> parser) implements JsonWebTokenParser<JWT> {

        @Override
        public Optional<JWT> parse(String token) {
            return parser.parse(token).filter(CheckedParser::claimsReadable);
        }

        @Override
        public Optional<Claims> parseClaims(String token) {
            return parse(token).isPresent() ? parser.parseClaims(token) : Optional.empty();
        }

        private static boolean claimsReadable(JWT token) {
            try {
                token.getJWTClaimsSet();
                return true;
            } catch (ParseException unreadable) {
                LOG.debug("Refused a bearer token whose claims cannot be read: {}", unreadable.getMessage());
                return false;
            }
        }
    }
}
