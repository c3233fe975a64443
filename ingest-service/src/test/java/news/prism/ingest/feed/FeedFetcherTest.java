package news.prism.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import news.prism.ingest.support.FeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against a local HTTP server: conditional GET, redirects re-checked hop by hop, timeouts, size cap.
 * Its guard lets it reach this test's server at 127.0.0.1 and applies the production rules to every other host.
 */
class FeedFetcherTest {

    private static final int MAX_BYTES = 64 * 1024;

    private final FeedServer server = FeedServer.start();
    private final ResolvingAddressGuard rules = new ResolvingAddressGuard(AddressClassifierTest.settings(false));
    private final AddressGuard onlyThisServer = url -> {
        if (!"127.0.0.1".equals(url.getHost())) {
            rules.check(url);
        }
    };
    private final FeedFetcher fetcher = new FeedFetcher(onlyThisServer, new FeedSettings(false,
            Duration.ofSeconds(2), Duration.ofSeconds(1), MAX_BYTES, 3, "prism-test", 1, 86400, 900));

    @AfterEach
    void stop() {
        fetcher.close();
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
    void followsNoRedirectToANonPublicAddress() {
        server.redirect("/metadata", 302, "http://169.254.169.254/latest/meta-data/");
        server.redirect("/local", 301, "http://localhost:" + server.uri("/").getPort() + "/rss.xml");
        server.redirect("/file", 301, "file:///etc/passwd");

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/metadata"), null, null))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessage("169.254.169.254 resolves to a link-local address (169.254.169.254), "
                        + "which feeds may not use");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/local"), null, null))
                .hasMessageContaining("localhost resolves to a loopback address");
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/file"), null, null))
                .hasMessage("file:///etc/passwd is not an http(s) address");
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
}
