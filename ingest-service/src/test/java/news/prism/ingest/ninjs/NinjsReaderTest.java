package news.prism.ingest.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.prism.errors.FieldError;
import news.prism.ingest.normalize.PublishedTimes;
import news.prism.ingest.source.SourceSubmission;
import org.junit.jupiter.api.Test;

class NinjsReaderTest {

    private final NinjsReader reader = new NinjsReader(new PublishedTimes());

    @Test
    void prefersAnHtmlBodyThenTheMainOneAndNamesItsPath() {
        NinjsDocument document = document("https://x.example/1", "2026-03-01T10:00:00+01:00", null,
                List.of(new NinjsDocument.Text("main", "text/plain", "Plain"),
                        new NinjsDocument.Text("richtext", "body_xhtml", "<p>Rich</p>")));

        NinjsSubmission read = reader.read(document);

        assertThat(read.submission().body()).isEqualTo("<p>Rich</p>");
        assertThat(read.submission().bodyFormat()).isEqualTo("html");
        assertThat(read.names()).containsEntry("body", "bodies[1].value")
                .containsEntry("bodyFormat", "bodies[1].contenttype");
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void readsMarkdownAndTakesTheVersionTimeAsPublishedTimeWithoutFirstCreated() {
        NinjsDocument document = document("https://x.example/2", "2026-03-01T10:00:00+01:00", null,
                List.of(new NinjsDocument.Text(null, "text/markdown", "# Title")));

        SourceSubmission submission = reader.read(document).submission();

        assertThat(submission.bodyFormat()).isEqualTo("markdown");
        assertThat(submission.publishedAt()).isEqualTo("2026-03-01T10:00:00+01:00");
        assertThat(submission.guid().value()).isEqualTo("ninjs:https://x.example/2");
        assertThat(submission.guid().versionCreated()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void namesSubjectsByNameLiteralOrUri() {
        NinjsDocument document = new NinjsDocument("https://x.example/3", null, null, null, null, null,
                List.of(new NinjsDocument.Text(null, null, "Headline")),
                List.of(new NinjsDocument.Text(null, null, "Body")),
                List.of(new NinjsDocument.Subject("Elections", null, null),
                        new NinjsDocument.Subject(null, "budget", null),
                        new NinjsDocument.Subject(null, null, "http://cv.iptc.org/newscodes/mediatopic/04000000")),
                null);

        assertThat(reader.read(document).submission().subjects()).containsExactly("Elections", "budget",
                "http://cv.iptc.org/newscodes/mediatopic/04000000");
    }

    @Test
    void reportsAnUnreadableVersionTimeAndAMissingUriBesideAnHtmlRendition() {
        NinjsDocument document = new NinjsDocument(null, "last week", null, null, null, null, null, null, null,
                List.of(new NinjsDocument.Rendition("web", "https://x.example/page", "text/html")));

        NinjsSubmission read = reader.read(document);

        assertThat(read.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("versioncreated", "uri");
        assertThat(read.submission().url()).isEqualTo("https://x.example/page");
        assertThat(read.names()).containsEntry("url", "renditions[0].href").containsEntry("title", "headlines");
        assertThat(read.submission().guid()).isNull();
    }

    private static NinjsDocument document(String uri, String versionCreated, String firstCreated,
                                          List<NinjsDocument.Text> bodies) {
        return new NinjsDocument(uri, versionCreated, firstCreated, "en", null, null,
                List.of(new NinjsDocument.Text("main", null, "Headline")), bodies, null, null);
    }
}
