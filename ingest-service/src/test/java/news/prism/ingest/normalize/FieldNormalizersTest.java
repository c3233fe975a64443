package news.prism.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldNormalizersTest {

    private final LanguageTags languages = new LanguageTags();
    private final PublishedTimes publishedTimes = new PublishedTimes();
    private final OutletNames outlets = new OutletNames();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"en, en", "EN-us, en-US", "de-CH, de-CH", "zh-Hant-TW, zh-Hant-TW", "gsw, gsw", "sr-Latn, sr-Latn"})
    void acceptsBcp47TagsInCanonicalCase(String tag, String canonical) {
        assertThat(languages.canonical(tag)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "e", "zz", "en_US!", "en--US", "12", "und", "x-private",
            "en-x-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd"})
    void refusesWhatIsNoLanguageTag(String tag) {
        assertThat(languages.canonical(tag)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-03-01T09:30:00+01:00, 2026-03-01T08:30:00Z",
            "2026-03-01T09:30:00Z, 2026-03-01T09:30:00Z",
            "2026-03-01T09:30:00.123456-05:00, 2026-03-01T14:30:00.123Z"})
    void keepsPublishedTimesInUtcToTheMillisecond(String text, String utc) {
        assertThat(publishedTimes.parse(text)).contains(Instant.parse(utc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T09:30:00", "2026-03-01", "yesterday", "01/03/2026 09:30 +01:00",
            "+12026-03-01T09:30:00Z"})
    void refusesPublishedTimesWithoutOffsetOrOutOfRange(String text) {
        assertThat(publishedTimes.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"www.theguardian.com, theguardian.com", "apnews.com, apnews.com", "news.bbc.co.uk, news.bbc.co.uk",
            "WWW.Example.org, example.org", "www2.example.org, www2.example.org"})
    void namesOutletsAfterTheirDomain(String host, String outlet) {
        assertThat(outlets.fromHost(host)).isEqualTo(outlet);
    }
}
