package news.prism.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer(new TrackingParameters(
            new NormalizeSettings(List.of("utm_*", "fbclid", "gclid", "mc_cid", "mc_eid"))));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTPS://Example.COM/News/Story                          | https://example.com/News/Story
            https://example.com/story#comments                      | https://example.com/story
            http://example.com:80/story                             | http://example.com/story
            https://example.com:443/story                           | https://example.com/story
            https://example.com:8443/story                          | https://example.com:8443/story
            http://example.com:443/story                            | http://example.com:443/story
            https://example.com                                     | https://example.com/
            https://example.com?b=2                                 | https://example.com/?b=2
            https://example.com/a/./b/../c                          | https://example.com/a/c
            https://example.com/s?utm_source=x&utm_medium=y         | https://example.com/s
            https://example.com/s?id=7&fbclid=abc&gclid=d           | https://example.com/s?id=7
            https://example.com/s?mc_cid=1&mc_eid=2&page=3          | https://example.com/s?page=3
            https://example.com/s?UTM_Campaign=spring&x=1           | https://example.com/s?x=1
            https://example.com/s?z=1&a=2&m=3                       | https://example.com/s?a=2&m=3&z=1
            https://example.com/s?b=2&a=1&b=1                       | https://example.com/s?a=1&b=2&b=1
            https://example.com/s?flag&a=1                          | https://example.com/s?a=1&flag
            https://example.com/s?a=1&&b=2&                         | https://example.com/s?a=1&b=2
            https://example.com/s?q=caf%C3%A9&utm_term=x            | https://example.com/s?q=caf%C3%A9
            https://example.com/s?utm_source=x#top                  | https://example.com/s
            https://example.com/caf\u00e9                           | https://example.com/caf%C3%A9
            https://www.example.com/s                               | https://www.example.com/s
              https://example.com/padded                            | https://example.com/padded
            """)
    void canonicalizes(String url, String canonical) throws InvalidUrlException {
        assertThat(canonicalizer.canonicalize(url.translateEscapes())).isEqualTo(canonical);
    }

    @Test
    void theSameArticleDecoratedDifferentlyHasOneCanonicalUrl() throws InvalidUrlException {
        String plain = canonicalizer.canonicalize("https://news.example.org/2026/03/story?id=42&lang=en");
        String decorated = canonicalizer.canonicalize(
                "HTTPS://News.Example.ORG:443/2026/03/story?utm_source=newsletter&lang=en&fbclid=XYZ&id=42#section-2");
        assertThat(decorated).isEqualTo(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "example.com/story",
            "/relative/path",
            "ftp://example.com/file",
            "mailto:editor@example.com",
            "https://",
            "https:///path-only",
            "https://exa mple.com/",
            "javascript:alert(1)",
            "not a url"})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(url))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessage("must be an absolute http(s) URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com:99999/story", "https://example.com:0/story",
            "http://example.com:65536/"})
    void refusesAPortOutsideTheValidRange(String url) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(url))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessage("must have a port between 1 and 65535");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://editor:secret@example.com/story", "https://editor@example.com/story"})
    void refusesAUserNameOrPassword(String url) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(url))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessage("must not carry a user name or password");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void refusesAMissingUrl(String url) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(url))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessage("must not be blank");
    }

    @Test
    void givesTheHostOfACanonicalUrl() throws InvalidUrlException {
        assertThat(canonicalizer.host(canonicalizer.canonicalize("https://WWW.Example.com/x"))).isEqualTo("www.example.com");
    }
}
