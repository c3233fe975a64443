package news.prism.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenRolesCheckTest {

    private final TokenRolesCheck<Object> check = new TokenRolesCheck<>(TestClaims.DEFAULT_NAMES);

    @Test
    void anArrayOfKnownRolesIsTaken() {
        assertThat(check.validate(TestClaims.of("roles", List.of("editor", "admin")), null)).isTrue();
        assertThat(check.validate(TestClaims.of("roles", List.of()), null)).isTrue();
        assertThat(check.validate(TestClaims.none(), null)).as("no roles claim: no roles").isTrue();
    }

    @Test
    void rolesAreAnArray() {
        assertThat(check.validate(TestClaims.of("roles", "editor"), null)).isFalse();
        assertThat(check.validate(TestClaims.of("roles", Map.of("editor", true)), null)).isFalse();
    }

    @Test
    void everyRoleIsKnown() {
        assertThat(check.validate(TestClaims.of("roles", List.of("editor", "superuser")), null)).isFalse();
        assertThat(check.validate(TestClaims.of("roles", List.of("Editor")), null)).isFalse();
        assertThat(check.validate(TestClaims.of("roles", List.of(1)), null)).isFalse();
        assertThat(check.validate(TestClaims.of("roles", Arrays.asList("editor", null)), null)).isFalse();
    }
}
