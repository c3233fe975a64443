package news.prism.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import news.prism.ingest.support.ApiClient.Response;
import news.prism.ingest.support.ApiClient;
import news.prism.ingest.support.FeedServer;
import news.prism.ingest.support.Rows;
import news.prism.testkit.Caller;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With the default configuration, a feed on an address that is not public unicast, or with a URL the strict parser
 * refuses, is refused with the reason and never fetched. Every host here is an address literal or localhost, which
 * is decided on without a DNS query and without connecting.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedAddressGuardTest implements TestPropertyProvider {

    private static final Caller USER = Caller.editor("feeds-editor");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private final FeedServer publisher = FeedServer.start();
    private Map<String, String> properties;
    private ApiClient api;
    private Rows rows;

    @Override
    public Map<String, String> getProperties() {
        properties = new HashMap<>(Infrastructure.shared().micronautProperties("ingest_" + getClass().getSimpleName()));
        properties.put("prism.consumer.enabled", "false");
        properties.put("prism.ingest.feeds.poller.enabled", "false");
        return properties;
    }

    @BeforeAll
    void connect() {
        api = new ApiClient(server.getURI(), json);
        rows = new Rows(properties);
        publisher.serveFile("/rss.xml", "courier-rss.xml", "application/rss+xml", "\"v1\"");
    }

    @AfterAll
    void stop() {
        publisher.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1:{port}/rss.xml                 | 127.0.0.1 resolves to a loopback address (127.0.0.1)
            http://localhost:{port}/rss.xml                 | localhost resolves to a loopback address
            http://10.20.30.40/rss.xml                      | 10.20.30.40 resolves to a private address (10.20.30.40)
            http://192.168.178.1/feed                       | 192.168.178.1 resolves to a private address
            http://169.254.169.254/latest/meta-data/        | 169.254.169.254 resolves to a link-local address
            http://[fd00::1]/atom.xml                       | resolves to a private address
            http://0.0.0.0:{port}/rss.xml                   | 0.0.0.0 resolves to an unspecified address
            http://100.64.0.1/rss.xml                       | resolves to a shared (carrier-grade NAT) address
            http://192.0.0.8/rss.xml                        | resolves to an IETF protocol assignment address
            http://192.0.2.1/rss.xml                        | resolves to a documentation address
            http://198.51.100.7/rss.xml                     | resolves to a documentation address
            http://203.0.113.9/rss.xml                      | resolves to a documentation address
            http://[2001:db8::1]/rss.xml                    | resolves to a documentation address
            http://[3fff::1]/rss.xml                        | resolves to a documentation address
            http://[::ffff:127.0.0.1]:{port}/rss.xml        | resolves to a loopback address (127.0.0.1)
            http://[::127.0.0.1]:{port}/rss.xml             | an IPv4-compatible address embedding 127.0.0.1, a loopback
            http://[64:ff9b::a9fe:a9fe]/latest/meta-data/   | a NAT64 address embedding 169.254.169.254, a link-local
            http://[64:ff9b:1::a00:1]/rss.xml               | resolves to a local-use NAT64 address
            http://[2002:7f00:1::1]:{port}/rss.xml          | a 6to4 address embedding 127.0.0.1, a loopback address
            http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/  | a Teredo address embedding 127.0.0.1, a loopback address
            http://[100::1]/rss.xml                         | resolves to a discard-only address
            http://[fe80::1]/rss.xml                        | resolves to a link-local address
            """)
    void refusesAFeedOnANonPublicAddressWithTheReason(String url, String reason) {
        long feedsBefore = rows.count("SELECT count(*) FROM feeds");
        String address = url.replace("{port}", String.valueOf(publisher.uri("/").getPort()));

        Response refused = api.post("/api/feeds", Map.of("url", address), USER);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("url");
        assertThat((String) refused.list("errors").getFirst().get("message")).contains(reason)
                .endsWith("which feeds may not use");
        assertThat(rows.count("SELECT count(*) FROM feeds")).isEqualTo(feedsBefore);
        assertThat(publisher.requestsTo("/rss.xml")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://0177.0.0.1:{port}/rss.xml            | must name its host by a DNS name, an IPv4 address as four
            http://0x7f.1:{port}/rss.xml                | must name its host by a DNS name, an IPv4 address as four
            http://2130706433:{port}/rss.xml            | must name its host by a DNS name, an IPv4 address as four
            http://127.1:{port}/rss.xml                 | must name its host by a DNS name, an IPv4 address as four
            http://feeds@127.0.0.1:{port}/rss.xml       | must not contain user info (user:password@)
            http://feeds.example:99999/rss.xml          | must have a port from 1 to 65535
            http://feeds.example:0/rss.xml              | must have a port from 1 to 65535
            http:///rss.xml                             | must name a host
            ftp://feeds.example/rss.xml                 | must be an absolute http(s) URL
            http://feeds.example/{long}                 | must not be longer than 2048 characters
            """)
    void refusesAUrlTheStrictParserRefusesWithTheReason(String url, String reason) {
        long feedsBefore = rows.count("SELECT count(*) FROM feeds");
        String address = url.replace("{port}", String.valueOf(publisher.uri("/").getPort()))
                .replace("{long}", "a".repeat(2048));

        Response refused = api.post("/api/feeds", Map.of("url", address), USER);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("url");
        assertThat((String) refused.list("errors").getFirst().get("message")).startsWith(reason);
        assertThat(rows.count("SELECT count(*) FROM feeds")).isEqualTo(feedsBefore);
        assertThat(publisher.requestsTo("/rss.xml")).isEmpty();
    }
}
