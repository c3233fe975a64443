package news.prism.http.security;

import io.micronaut.security.token.MapClaims;
import io.micronaut.security.token.config.TokenConfiguration;
import java.util.Map;

/** Claims of one name and Micronaut's default claim names, for the checks' tests. */
final class TestClaims {

    static final TokenConfiguration DEFAULT_NAMES = new TokenConfiguration() {
    };

    private TestClaims() {
    }

    static MapClaims of(String name, Object value) {
        return new MapClaims(Map.of(name, value));
    }

    static MapClaims none() {
        return new MapClaims(Map.of());
    }
}
