package news.prism.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.security.token.Claims;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenIssuerCheckTest {

    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final String ISSUER = "https://idp.newsroom.example";

    @Test
    void neitherIsCheckedUnlessConfigured() {
        TokenIssuerCheck<Object> check = new TokenIssuerCheck<>(new TokenSettings(SKEW, "", " ", null, null, 300));
        assertThat(check.validate(TestClaims.none(), null)).isTrue();
        assertThat(check.validate(TestClaims.of(Claims.ISSUER, "https://anyone.example"), null)).isTrue();
    }

    @Test
    void theConfiguredIssuerIsRequired() {
        TokenIssuerCheck<Object> check = new TokenIssuerCheck<>(new TokenSettings(SKEW, ISSUER, null, null, null, 300));
        assertThat(check.validate(TestClaims.of(Claims.ISSUER, ISSUER), null)).isTrue();
        assertThat(check.validate(TestClaims.of(Claims.ISSUER, "https://other.example"), null)).isFalse();
        assertThat(check.validate(TestClaims.none(), null)).isFalse();
    }

    @Test
    void theConfiguredAudienceIsRequired() {
        TokenIssuerCheck<Object> check = new TokenIssuerCheck<>(new TokenSettings(SKEW, null, "prism", null, null, 300));
        assertThat(check.validate(TestClaims.of(Claims.AUDIENCE, List.of("crm", "prism")), null)).isTrue();
        assertThat(check.validate(TestClaims.of(Claims.AUDIENCE, "prism"), null)).isTrue();
        assertThat(check.validate(TestClaims.of(Claims.AUDIENCE, List.of("crm")), null)).isFalse();
        assertThat(check.validate(TestClaims.none(), null)).isFalse();
    }
}
