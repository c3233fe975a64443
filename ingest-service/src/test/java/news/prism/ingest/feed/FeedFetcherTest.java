package news.prism.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import news.prism.http.outbound.AddressGuard;
import news.prism.http.outbound.CheckedDnsResolver;
import news.prism.http.outbound.HostLookup;
import news.prism.http.outbound.PublicAddressGuard;
import news.prism.ingest.support.FeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against a local HTTP server on 127.0.0.1: conditional GET, redirects re-checked hop by hop, timeouts,
 * size cap, and connections made only to the addresses the guard checked. Names are resolved from this test's own
 * table of loopback and public literals (never through the DNS); the guard lets the fetcher reach the server at
 * 127.0.0.1 by that address and applies the production rules to every other host, so a refused address is never
 * connected to.
 */
class FeedFetcherTest {

    private static final int MAX_BYTES = 64 * 1024;

    private final FeedServer server = FeedServer.start();
    private final Map<String, String> names = new ConcurrentHashMap<>(Map.of(
            "localhost", "127.0.0.1",
            "inside.example", "127.0.0.1",
            "publisher.example", "127.0.0.1"));
    private final List<String> lookedUp = new CopyOnWriteArrayList<>();
    private final HostLookup table = host -> {
        lookedUp.add(host);
        String address = names.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    };
    private final PublicAddressGuard rules = new PublicAddressGuard(false, "feeds");
    private final AddressGuard onlyThisServer = (host, address) -> {
        if (!"127.0.0.1".equals(host)) {
            rules.check(host, address);
        }
    };
    private final List<FeedFetcher> fetchers = new ArrayList<>();
    private final FeedFetcher fetcher = fetcher(new CheckedDnsResolver(table, onlyThisServer, "feeds"));

    @AfterEach
    void stop() {
        fetchers.forEach(FeedFetcher::close);
        server.close();
    }

    @Test
    void sendsTheValidatorsBackAndHearsNotModified() throws FeedRefusedException {
        server.serveFile("/rss.xml", "courier-rss.xml", "application/rss+xml", "\"v1\"");

        FetchedFeed first = fetcher.fetch(server.uri("/rss.xml"), null, null);
        FetchedFeed.Document document = (FetchedFeed.Document) first;
        FetchedFeed second = fetcher.fetch(server.uri("/rss.xml"), document.etag(), document.lastModified());

        assertThat(document.etag()).isEqualTo("\"v1\"");
        assertThat(document.lastModified()).isEqualTo("Tue, 03 Mar 2026 18:30:00 GMT");
        assertThat(new String(document.content())).contains("<rss version=\"2.0\"");
        assertThat(second).isInstanceOf(FetchedFeed.NotModified.class);
        assertThat(server.requestsTo("/rss.xml")).extracting(FeedServer.Request::ifNoneMatch)
                .containsExactly(null, "\"v1\"");
        assertThat(server.requestsTo("/rss.xml").get(1).ifModifiedSince()).isEqualTo(document.lastModified());
    }

    @Test
    void connectsToTheAddressTheGuardCheckedWithTheNameAsHost() throws FeedRefusedException {
        FeedFetcher anyAddress = fetcher(new CheckedDnsResolver(table,
                new PublicAddressGuard(true, "feeds"), "feeds"));
        server.serveFile("/rss.xml", "courier-rss.xml", "application/rss+xml", "\"v1\"");
        URI byName = URI.create("http://publisher.example:" + port() + "/rss.xml");

        FetchedFeed.Document document = (FetchedFeed.Document) anyAddress.fetch(byName, null, null);

        // The name has no address but the table's, so the server on it was reached through the checked answer.
        assertThat(document.url()).isEqualTo(byName);
        assertThat(lookedUp).containsExactly("publisher.example");
        assertThat(server.requestsTo("/rss.xml")).extracting(FeedServer.Request::host)
                .containsExactly("publisher.example:" + port());
    }

    @Test
    void neverConnectsToANameWhoseAddressIsRefused() {
        server.serveFile("/rss.xml", "courier-rss.xml", "application/rss+xml", "\"v1\"");

        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://inside.example:" + port() + "/rss.xml"), null, null))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessage("inside.example resolves to a loopback address (127.0.0.1), which feeds may not use");
        assertThat(server.requestsTo("/rss.xml")).isEmpty();
    }

    @Test
    void judgesTheAnswerANameGivesWhenTheConnectionIsMadeNotAnEarlierOne() throws Exception {
        // DNS rebinding: public when the feed is added, loopback a moment later when it is fetched.
        List<String> answers = new CopyOnWriteArrayList<>(List.of("8.8.8.8"));
        HostLookup rebinding = host -> new InetAddress[] {
                InetAddress.getByName(answers.isEmpty() ? "127.0.0.1" : answers.removeFirst())};
        CheckedDnsResolver resolver = new CheckedDnsResolver(rebinding, rules, "feeds");
        FeedFetcher rebound = fetcher(resolver);
        server.serveFile("/rss.xml", "courier-rss.xml", "application/rss+xml", "\"v1\"");

        assertThat(resolver.checkedAddresses("rebinding.example")).extracting(InetAddress::getHostAddress)
                .containsExactly("8.8.8.8");
        assertThatThrownBy(() -> rebound.fetch(URI.create("http://rebinding.example:" + port() + "/rss.xml"), null,
                null))
                .hasMessage("rebinding.example resolves to a loopback address (127.0.0.1), which feeds may not use");
        assertThat(server.requestsTo("/rss.xml")).isEmpty();
    }

    @Test
    void followsUpToThreeRedirectsAndReadsRelativeLinksAgainstTheLastAddress() throws FeedRefusedException {
        server.serveFile("/feeds/rss.xml", "courier-rss.xml", "application/rss+xml", "\"v1\"");
        server.redirect("/a", 301, "/b");
        server.redirect("/b", 302, server.uri("/c").toString());
        server.redirect("/c", 307, "feeds/rss.xml");

        FetchedFeed.Document document = (FetchedFeed.Document) fetcher.fetch(server.uri("/a"), null, null);

        assertThat(document.url()).isEqualTo(server.uri("/feeds/rss.xml"));
    }

    @Test
    void refusesAFourthRedirect() {
        server.redirect("/1", 301, "/2");
        server.redirect("/2", 301, "/3");
        server.redirect("/3", 301, "/4");
        server.redirect("/4", 301, "/5");

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/1"), null, null))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessageStartingWith("more than 3 redirects");
    }

    @Test
    void followsNoRedirectToARefusedAddress() {
        server.serveFile("/rss.xml", "courier-rss.xml", "application/rss+xml", "\"v1\"");
        server.redirect("/metadata", 302, "http://169.254.169.254/latest/meta-data/");
        server.redirect("/local", 301, "http://localhost:" + port() + "/rss.xml");
        server.redirect("/named", 301, "http://inside.example:" + port() + "/rss.xml");
        server.redirect("/mapped", 301, "http://[::ffff:127.0.0.1]:" + port() + "/rss.xml");
        server.redirect("/compatible", 301, "http://[::127.0.0.1]:" + port() + "/rss.xml");

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/metadata"), null, null))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessage("169.254.169.254 resolves to a link-local address (169.254.169.254), "
                        + "which feeds may not use");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/local"), null, null))
                .hasMessage("localhost resolves to a loopback address (127.0.0.1), which feeds may not use");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/named"), null, null))
                .hasMessageStartingWith("inside.example resolves to a loopback address");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/mapped"), null, null))
                .hasMessageContaining("resolves to a loopback address (127.0.0.1)");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/compatible"), null, null))
                .hasMessageContaining("resolves to an IPv4-compatible address embedding 127.0.0.1, a loopback "
                        + "address");
        assertThat(server.requestsTo("/rss.xml")).isEmpty();
    }

    @Test
    void followsNoRedirectToAUrlTheParserRefuses() {
        server.serveFile("/rss.xml", "courier-rss.xml", "application/rss+xml", "\"v1\"");
        server.redirect("/octal", 301, "http://0177.0.0.1:" + port() + "/rss.xml");
        server.redirect("/user", 301, "http://user@127.0.0.1:" + port() + "/rss.xml");
        server.redirect("/port", 301, "http://127.0.0.1:99999/rss.xml");
        server.redirect("/file", 301, "file:///etc/passwd");

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/octal"), null, null))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessage("a redirect from " + server.uri("/octal") + " to http://0177.0.0.1:" + port()
                        + "/rss.xml refused: the URL must name its host by a DNS name, an IPv4 address as four "
                        + "decimal numbers without leading zeros, or an IPv6 address in brackets");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/user"), null, null))
                .hasMessageEndingWith("refused: the URL must not contain user info (user:password@)");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/port"), null, null))
                .hasMessageEndingWith("refused: the URL must have a port from 1 to 65535");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/file"), null, null))
                .hasMessage("a redirect from " + server.uri("/file")
                        + " to file:///etc/passwd refused: the URL must be an absolute http(s) URL");
        assertThat(server.requestsTo("/rss.xml")).isEmpty();
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void refusesAStoredUrlTheParserRefusesWithoutConnecting() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://0x7f.1:" + port() + "/rss.xml"), null, null))
                .hasMessageStartingWith("the feed's URL must name its host by a DNS name");
        assertThat(server.requestsTo("/rss.xml")).isEmpty();
    }

    @Test
    void givesUpOnASlowServer() {
        server.serveSlowly("/slow.xml", "courier-rss.xml", Duration.ofSeconds(3));

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/slow.xml"), null, null))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessageContaining("(timed out)");
    }

    @Test
    void readsNoMoreThanTheCapWhetherTheLengthIsAnnouncedOrNot() {
        byte[] huge = new byte[MAX_BYTES + 1];
        server.serveBytes("/announced.xml", huge, "application/rss+xml", true);
        server.serveBytes("/chunked.xml", huge, "application/rss+xml", false);

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/announced.xml"), null, null))
                .hasMessage("the feed is larger than " + MAX_BYTES + " bytes");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/chunked.xml"), null, null))
                .hasMessage("the feed is larger than " + MAX_BYTES + " bytes");
    }

    @Test
    void refusesAnErrorStatus() {
        server.fail("/gone.xml", 410);

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/gone.xml"), null, null))
                .hasMessage("HTTP 410 from " + server.uri("/gone.xml"));
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:1/feed"), null, null))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessageStartingWith("could not fetch http://127.0.0.1:1/feed");
    }

    private int port() {
        return server.uri("/").getPort();
    }

    private FeedFetcher fetcher(CheckedDnsResolver resolver) {
        FeedSettings settings = new FeedSettings(false, 2048, Duration.ofSeconds(2), Duration.ofSeconds(1),
                MAX_BYTES, 3, "prism-test", 1, 86400, 900);
        FeedFetcher created = new FeedFetcher(settings, new FeedUrlParser(settings), resolver);
        fetchers.add(created);
        return created;
    }
}
