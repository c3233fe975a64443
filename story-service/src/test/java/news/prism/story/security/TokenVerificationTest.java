package news.prism.story.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.story.ServiceTestSupport;
import news.prism.testkit.BearerTokens;
import news.prism.testkit.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Which tokens the service believes: those of the shared secret and those signed by a key the identity provider
 * publishes in its JWKS, while they are valid (within the clock skew), naming a user and only known roles; nothing
 * else.
 */
@MicronautTest(transactional = false)
class TokenVerificationTest extends ServiceTestSupport {

    /** The default of prism.security.clock-skew. */
    private static final long SKEW_SECONDS = 60;
    private static final RSAKey PUBLISHED_KEY = rsaKey("newsroom-idp-1");
    private static final RSAKey UNPUBLISHED_KEY = rsaKey("newsroom-idp-1");

    private final HttpServer identityProvider = publish(new JWKSet(PUBLISHED_KEY.toPublicJWK()));
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    protected String name() {
        return "tokens";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("prism.security.jwks-url", "http://127.0.0.1:" + identityProvider.getAddress().getPort()
                + "/.well-known/jwks.json");
        return properties;
    }

    @AfterAll
    void stopIdentityProvider() {
        identityProvider.stop(0);
    }

    @Test
    void aTokenSignedByAPublishedKeyIsBelieved() {
        String token = rs256(PUBLISHED_KEY, "idp-editor", List.of("editor"), Instant.now().plusSeconds(600));
        assertThat(statusOfRead(token)).isEqualTo(404);
    }

    @Test
    void aTokenSignedByAKeyTheProviderDoesNotPublishIsRefused() {
        String token = rs256(UNPUBLISHED_KEY, "impostor", List.of("editor"), Instant.now().plusSeconds(600));
        assertThat(statusOfRead(token)).isEqualTo(401);
    }

    @Test
    void theSharedSecretStillWorksBesideTheKeySet() {
        assertThat(statusOfRead(Caller.reporter("secret-holder").authorization())).isEqualTo(404);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = rs256(PUBLISHED_KEY, "idp-editor", List.of("editor"), Instant.now().minusSeconds(600));
        assertThat(statusOfRead(expired)).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String forged = new BearerTokens("another-secret-of-at-least-thirty-two-bytes")
                .authorization(Caller.admin("mallory"));
        assertThat(statusOfRead(forged)).isEqualTo(401);
    }

    @Test
    void aTokenWithoutRolesIsLetInToReadButNotToWrite() throws Exception {
        String roleless = new BearerTokens(Caller.SECRET).authorization(new Caller("intern", List.of()));
        assertThat(statusOfRead(roleless)).isEqualTo(404);
        HttpResponse<String> write = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/stories"))
                .header("Authorization", roleless).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(write.body()).contains("intern has the roles []", "needs one of [reporter, editor, admin]");
    }

    @Test
    void aRequestWithoutATokenIsToldWhatItLacks() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/stories"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(anonymous.body()).contains("needs a valid bearer token");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        Map<String, Object> claims = SignedClaims.editor("no-expiry");
        claims.remove("exp");
        assertThat(statusOfRead(SignedClaims.bearer(claims))).isEqualTo(401);
    }

    @Test
    void aTokenIsTakenWithinTheClockSkewAroundItsTimesAndNotBeyond() {
        assertThat(statusOfRead(withTime("exp", Duration.ofSeconds(-SKEW_SECONDS / 3)))).isEqualTo(404);
        assertThat(statusOfRead(withTime("exp", Duration.ofSeconds(-SKEW_SECONDS * 2)))).isEqualTo(401);
        assertThat(statusOfRead(withTime("nbf", Duration.ofSeconds(SKEW_SECONDS / 3)))).isEqualTo(404);
        assertThat(statusOfRead(withTime("iat", Duration.ofSeconds(SKEW_SECONDS / 3)))).isEqualTo(404);
    }

    @Test
    void aTokenNotValidYetIsRefused() {
        assertThat(statusOfRead(withTime("nbf", Duration.ofHours(1)))).isEqualTo(401);
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        assertThat(statusOfRead(withTime("iat", Duration.ofDays(1)))).isEqualTo(401);
    }

    @Test
    void rolesAreAnArrayOfKnownRoles() {
        Map<String, Object> single = SignedClaims.editor("one-role");
        single.put("roles", "editor");
        Map<String, Object> unknown = SignedClaims.editor("superuser");
        unknown.put("roles", List.of("editor", "superuser"));

        assertThat(statusOfRead(SignedClaims.bearer(single))).isEqualTo(401);
        assertThat(statusOfRead(SignedClaims.bearer(unknown))).isEqualTo(401);
    }

    @Test
    void aSubjectNamingNoOneIsRefused() {
        Map<String, Object> invisible = SignedClaims.editor("alice\u200B");
        Map<String, Object> blank = SignedClaims.editor(" \u00A0\t");
        Map<String, Object> object = SignedClaims.editor("alice");
        object.put("sub", Map.of("name", "alice"));

        assertThat(statusOfRead(SignedClaims.bearer(invisible))).isEqualTo(401);
        assertThat(statusOfRead(SignedClaims.bearer(blank))).isEqualTo(401);
        assertThat(statusOfRead(SignedClaims.bearer(object))).isEqualTo(401);
    }

    /** Such a token used to make Micronaut log an ERROR with its stack trace; it is the caller's fault, not ours. */
    @Test
    void aMalformedExpiryIsRefusedAndLoggedAtDebugOnly() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger security = (Logger) LoggerFactory.getLogger("news.prism.http.security");
        Level level = security.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        security.setLevel(Level.DEBUG);
        try {
            for (Object expiry : List.of("tomorrow", Map.of("in", "1h"), true, List.of(1))) {
                Map<String, Object> claims = SignedClaims.editor("malformed");
                claims.put("exp", expiry);
                HttpResponse<String> refused = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/stories"))
                        .header("Authorization", SignedClaims.bearer(claims)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).as("exp %s", expiry).isEqualTo(401);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
        } finally {
            root.detachAppender(log);
            security.setLevel(level);
        }
        assertThat(log.list).noneMatch(event -> event.getLevel() == Level.ERROR);
        assertThat(log.list).filteredOn(event -> event.getLevel() == Level.DEBUG)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(message -> message.contains("claims cannot be read"));
    }

    private static String withTime(String claim, Duration fromNow) {
        Map<String, Object> claims = SignedClaims.editor("timely");
        claims.put(claim, SignedClaims.secondsFromNow(fromNow));
        return SignedClaims.bearer(claims);
    }

    private int statusOfRead(String authorization) {
        try {
            return http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/stories/" + UUID.randomUUID()))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String rs256(RSAKey key, String subject, List<String> roles, Instant expiry) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
                .issueTime(Date.from(expiry.minus(Duration.ofHours(1)))).expirationTime(Date.from(expiry)).build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return "Bearer " + token.serialize();
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer publish(JWKSet keys) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = keys.toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
