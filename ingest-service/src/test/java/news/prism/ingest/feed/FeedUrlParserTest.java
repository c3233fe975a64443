package news.prism.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one parser of feed URLs, for added feeds and redirect targets alike. */
class FeedUrlParserTest {

    private static final String HOST_FORMS = "must name its host by a DNS name, an IPv4 address as four decimal "
            + "numbers without leading zeros, or an IPv6 address in brackets";

    private final FeedUrlParser parser = new FeedUrlParser(new FeedSettings(false, 2048, Duration.ofSeconds(2),
            Duration.ofSeconds(2), 64 * 1024, 3, "prism-test", 1, 86400, 900));

    @ParameterizedTest
    @ValueSource(strings = {"http://feeds.example/rss.xml", "https://news.example.co.uk:8443/a/b?c=d#top",
            "HTTP://Feeds.Example/", "http://8.8.8.8/feed", "http://[2001:4860:4860::8888]:443/feed",
            "http://feeds.example:65535/", "http://feeds.example:1/", "http://feeds.example:/",
            "http://0.example/", "http://1x.example/", "http://deadbeef/", "http://xn--bcher-kva.example/"})
    void acceptsAbsoluteHttpUrlsWithAHostInOneOfItsForms(String url) throws InvalidFeedUrlException {
        assertThat(parser.parse(url)).isEqualTo(URI.create(url));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://0177.0.0.1/                    | %s
            http://0x7f.1/                        | %s
            http://0x7f000001/                    | %s
            http://2130706433/                    | %s
            http://127.1/                         | %s
            http://127.0.0.01/                    | %s
            http://1.2.3.4./                      | %s
            http://256.0.0.1/                     | %s
            http://feeds.0x10/                    | %s
            http://feeds.example./                | %s
            http://feeds_1.example/               | %s
            http://%%31%%32%%37.0.0.1/            | %s
            http://[fe80::1%%25eth0]/             | %s
            http://b\u00fccher.example/           | %s
            http://a@feeds.example/               | must not contain user info (user:password@)
            http://user:secret@feeds.example/     | must not contain user info (user:password@)
            http://@feeds.example/                | must not contain user info (user:password@)
            http://feeds.example:99999/           | must have a port from 1 to 65535
            http://feeds.example:65536/           | must have a port from 1 to 65535
            http://feeds.example:0/               | must have a port from 1 to 65535
            http://feeds.example:123456789012/    | must have a port from 1 to 65535
            http://[::1]:99999/                   | must have a port from 1 to 65535
            http:///rss.xml                       | must name a host
            ftp://feeds.example/rss               | must be an absolute http(s) URL
            file:///etc/passwd                    | must be an absolute http(s) URL
            javascript:alert(1)                   | must be an absolute http(s) URL
            /relative/rss.xml                     | must be an absolute http(s) URL
            http://feeds example/                 | must be an absolute http(s) URL
            """)
    void refusesEveryOtherUrlAndSaysWhy(String url, String reason) {
        assertThatThrownBy(() -> parser.parse(url.formatted()))
                .isInstanceOf(InvalidFeedUrlException.class)
                .hasMessage(reason.formatted(HOST_FORMS));
    }

    @ParameterizedTest
    @ValueSource(ints = {2049, 100_000})
    void refusesAUrlLongerThanTheLimit(int length) {
        String prefix = "http://feeds.example/";
        String url = prefix + "a".repeat(length - prefix.length());

        assertThatThrownBy(() -> parser.parse(url)).hasMessage("must not be longer than 2048 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void refusesABlankUrl(String url) {
        assertThatThrownBy(() -> parser.parse(url)).hasMessage("must not be blank");
    }
}
