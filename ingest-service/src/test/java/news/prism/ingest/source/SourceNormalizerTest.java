package news.prism.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.prism.errors.FieldError;
import news.prism.ingest.body.BodyFormat;
import news.prism.ingest.body.BodyText;
import news.prism.ingest.body.HtmlText;
import news.prism.ingest.body.MarkdownText;
import news.prism.ingest.normalize.ContentHash;
import news.prism.ingest.normalize.LanguageTags;
import news.prism.ingest.normalize.NormalizeSettings;
import news.prism.ingest.normalize.OutletNames;
import news.prism.ingest.normalize.PublishedTimes;
import news.prism.ingest.normalize.TextNormalizer;
import news.prism.ingest.normalize.TrackingParameters;
import news.prism.ingest.normalize.UrlCanonicalizer;
import org.junit.jupiter.api.Test;

class SourceNormalizerTest {

    private static final int MAX_BODY_BYTES = 64;
    private static final int MAX_URL_LENGTH = 60;
    private static final int MAX_TITLE_LENGTH = 20;
    private static final int MAX_OUTLET_LENGTH = 20;

    private final TextNormalizer text = new TextNormalizer();
    private final SourceNormalizer normalizer = new SourceNormalizer(
            new UrlCanonicalizer(new TrackingParameters(new NormalizeSettings(List.of("utm_*", "fbclid")))),
            text, new SourceBodies(text, new BodyText(new HtmlText(), new MarkdownText(new HtmlText())),
                    new ContentHash(text)),
            new OutletNames(), new LanguageTags(), new PublishedTimes(),
            new SourceLimits(MAX_BODY_BYTES, MAX_URL_LENGTH, MAX_TITLE_LENGTH, MAX_OUTLET_LENGTH, 500, 50, 200));

    @Test
    void cleansEveryField() {
        var submission = new SourceSubmission(null, " https://WWW.Example.com/a?utm_source=x&b=1#c ",
                "  Budget\n passes ", "The budget  passed.\r\n\r\n\r\nIt is  final.", null, "2026-03-01T09:30:00+01:00",
                "en-gb");

        SourceContent source = ((Normalization.Valid) normalizer.normalize(submission, FieldPath.root())).source()
                .content();

        assertThat(source.outlet()).isEqualTo("example.com");
        assertThat(source.submittedUrl()).isEqualTo("https://WWW.Example.com/a?utm_source=x&b=1#c");
        assertThat(source.canonicalUrl()).isEqualTo("https://www.example.com/a?b=1");
        assertThat(source.title()).isEqualTo("Budget passes");
        assertThat(source.body()).isEqualTo("The budget passed.\n\nIt is final.");
        assertThat(source.bodyFormat()).isEqualTo(BodyFormat.TEXT);
        assertThat(source.publishedAt()).isEqualTo(Instant.parse("2026-03-01T08:30:00Z"));
        assertThat(source.language()).isEqualTo("en-GB");
        assertThat(source.wordCount()).isEqualTo(6);
        assertThat(source.contentHash()).isEqualTo(new ContentHash(text).of("the budget passed. it is final."));
    }

    @Test
    void keepsAGivenOutletAndTreatsBlankOptionalFieldsAsAbsent() {
        var submission = new SourceSubmission("  The  Example Times ", "https://example.com/x", "T", "B", null, " ",
                "");

        SourceContent source = ((Normalization.Valid) normalizer.normalize(submission, FieldPath.root())).source()
                .content();

        assertThat(source.outlet()).isEqualTo("The Example Times");
        assertThat(source.publishedAt()).isNull();
        assertThat(source.language()).isNull();
    }

    @Test
    void namesEveryBrokenRuleAtOnceUnderTheSubmissionsPath() {
        var submission = new SourceSubmission(null, "ftp://example.com/file", " \n ", null, "rtf", "yesterday",
                "english");

        var result = normalizer.normalize(submission, FieldPath.element("sources", 2));

        assertThat(result).isInstanceOf(Normalization.Invalid.class);
        assertThat(((Normalization.Invalid) result).errors()).extracting(FieldError::field).containsExactly(
                "sources[2].url", "sources[2].title", "sources[2].bodyFormat", "sources[2].body",
                "sources[2].publishedAt",
                "sources[2].language");
    }

    @Test
    void refusesABodyOverTheLimitInUtf8Bytes() {
        String body = "é".repeat(MAX_BODY_BYTES / 2 + 1);
        var submission = new SourceSubmission(null, "https://example.com/x", "T", body, null, null, null);

        var result = (Normalization.Invalid) normalizer.normalize(submission, FieldPath.root());

        assertThat(result.errors()).containsExactly(
                new FieldError("body", "must be at most " + MAX_BODY_BYTES + " bytes of UTF-8"));
    }

    @Test
    void refusesACanonicalUrlOverTheLimit() {
        String url = "https://example.com/" + "a".repeat(MAX_URL_LENGTH);
        var submission = new SourceSubmission(null, url, "T", "B", null, null, null);

        var result = (Normalization.Invalid) normalizer.normalize(submission, FieldPath.root());

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("url");
    }

    @Test
    void keepsTheStructureOfAnHtmlBodyAsPlainTextAndCountsItsWords() {
        var submission = new SourceSubmission(null, "https://example.com/x", "T",
                "<h2>Budget</h2><p>It <b>passed</b>.</p><ul><li>a<li>b</ul>", "HTML", null, null);

        SourceContent source = ((Normalization.Valid) normalizer.normalize(submission, FieldPath.root())).source()
                .content();

        assertThat(source.bodyFormat()).isEqualTo(BodyFormat.HTML);
        assertThat(source.body()).isEqualTo("Budget\n\nIt passed.\n\n- a\n- b");
        assertThat(source.wordCount()).isEqualTo(5);
    }

    @Test
    void refusesAnHtmlBodyWithoutTextAndAnUnknownFormat() {
        var markupOnly = new SourceSubmission(null, "https://example.com/x", "T",
                "<script>alert(1)</script><img src=x>", "html", null, null);
        var unknownFormat = new SourceSubmission(null, "https://example.com/x", "T", "B", "docx", null, null);

        var noText = (Normalization.Invalid) normalizer.normalize(markupOnly, FieldPath.root());
        var unknown = (Normalization.Invalid) normalizer.normalize(unknownFormat, FieldPath.root());

        assertThat(noText.errors()).containsExactly(
                new FieldError("body", "must hold some text once its html markup is removed"));
        assertThat(unknown.errors()).containsExactly(
                new FieldError("bodyFormat", "must be one of text, markdown, html"));
    }

    @Test
    void refusesATitleAndAnOutletOverTheirLimits() {
        var submission = new SourceSubmission("x".repeat(MAX_OUTLET_LENGTH + 1), "https://example.com/x",
                "t".repeat(MAX_TITLE_LENGTH + 1), "B", null, null, null);

        var result = (Normalization.Invalid) normalizer.normalize(submission, FieldPath.root());

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("title", "outlet");
    }
}
