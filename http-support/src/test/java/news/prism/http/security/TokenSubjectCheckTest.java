package news.prism.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.security.token.Claims;
import org.junit.jupiter.api.Test;

class TokenSubjectCheckTest {

    private final TokenSubjectCheck<Object> check = new TokenSubjectCheck<>(TestClaims.DEFAULT_NAMES);

    @Test
    void aSubjectThatNormalisesToANameIsTaken() {
        assertThat(check.validate(TestClaims.of(Claims.SUBJECT, " Alice\t"), null)).isTrue();
    }

    @Test
    void aSubjectNamingNoOneIsRefused() {
        assertThat(check.validate(TestClaims.of(Claims.SUBJECT, "alice\u200B"), null)).isFalse();
        assertThat(check.validate(TestClaims.of(Claims.SUBJECT, " "), null)).isFalse();
        assertThat(check.validate(TestClaims.of(Claims.SUBJECT, 42), null)).isFalse();
        assertThat(check.validate(TestClaims.none(), null)).isFalse();
    }
}
