package news.prism.story.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.story.ServiceTestSupport;
import org.junit.jupiter.api.Test;

/** With {@code prism.security.issuer} and {@code audience} set, a token must name both. */
@MicronautTest(transactional = false)
class TokenIssuerTest extends ServiceTestSupport {

    private static final String ISSUER = "https://idp.newsroom.example";
    private static final String AUDIENCE = "prism-story";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    protected String name() {
        return "token_issuer";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("prism.security.issuer", ISSUER);
        properties.put("prism.security.audience", AUDIENCE);
        return properties;
    }

    @Test
    void aTokenFromTheIssuerForThisAudienceIsTaken() throws Exception {
        assertThat(statusOfRead(token(ISSUER, AUDIENCE))).isEqualTo(404);
        assertThat(statusOfRead(token(ISSUER, List.of("crm", AUDIENCE)))).isEqualTo(404);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertThat(statusOfRead(token("https://elsewhere.example", AUDIENCE))).isEqualTo(401);
        assertThat(statusOfRead(token(null, AUDIENCE))).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertThat(statusOfRead(token(ISSUER, "prism-render"))).isEqualTo(401);
        assertThat(statusOfRead(token(ISSUER, null))).isEqualTo(401);
    }

    private static String token(String issuer, Object audience) {
        Map<String, Object> claims = SignedClaims.editor("carol");
        if (issuer != null) {
            claims.put("iss", issuer);
        }
        if (audience != null) {
            claims.put("aud", audience);
        }
        return SignedClaims.bearer(claims);
    }

    private int statusOfRead(String authorization) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/stories/" + UUID.randomUUID()))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
