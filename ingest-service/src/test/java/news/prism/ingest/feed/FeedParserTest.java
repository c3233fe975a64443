package news.prism.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import news.prism.ingest.body.BodyFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedParserTest {

    private static final URI COURIER = URI.create("https://courier.example/feeds/rss.xml");
    private static final URI WIRE = URI.create("https://wire.example/feeds/atom.xml");

    private final FeedParser parser = new FeedParser();

    @Test
    void readsRssItems() throws FeedRefusedException {
        ParsedFeed feed = parser.parse(file("courier-rss.xml"), COURIER);

        assertThat(feed.kind()).isEqualTo("RSS 2.0");
        List<FeedItem> items = feed.items();
        assertThat(items).hasSize(3);
        FeedItem strike = items.getFirst();
        assertThat(strike.guid()).isEqualTo("courier-2026-03-03-strike");
        assertThat(strike.link())
                .isEqualTo("https://courier.example/news/port/strike-ends?utm_source=rss&utm_medium=feed");
        assertThat(strike.title()).isEqualTo("Dock workers end nine-day strike after wage deal");
        assertThat(strike.body()).startsWith("<p>Dock workers at the city's main container port");
        assertThat(strike.bodyFormat()).isEqualTo(BodyFormat.HTML);
        assertThat(strike.publishedAt()).isEqualTo(Instant.parse("2026-03-03T18:20:00Z"));
        assertThat(strike.versionTime()).isEqualTo(strike.publishedAt());
        assertThat(strike.author()).isEqualTo("Harbour desk");
        assertThat(strike.categories()).containsExactly("Economy", "Labour");
        assertThat(strike.language()).isEqualTo("en-gb");
        assertThat(strike.names()).containsEntry("body", "content:encoded").containsEntry("url", "link");

        FeedItem budget = items.get(1);
        assertThat(budget.link()).isEqualTo("https://courier.example/city/budget-approved");
        assertThat(budget.guid()).isEqualTo("https://courier.example/city/budget-approved");
        assertThat(budget.body()).startsWith("<p>The city council approved");
        assertThat(budget.names()).containsEntry("body", "description");
        assertThat(budget.publishedAt()).isEqualTo(Instant.parse("2026-03-02T21:05:00Z"));

        FeedItem broken = items.get(2);
        assertThat(broken.link()).isNull();
        assertThat(broken.body()).isNull();
    }

    @Test
    void readsAtomEntriesByTheirContentType() throws FeedRefusedException {
        ParsedFeed feed = parser.parse(file("wire-atom.xml"), WIRE);

        assertThat(feed.kind()).isEqualTo("Atom");
        List<FeedItem> entries = feed.items();
        assertThat(entries).hasSize(3);

        FeedItem html = entries.getFirst();
        assertThat(html.guid()).isEqualTo("tag:wire.example,2026-03-03:/port/strike");
        assertThat(html.link()).isEqualTo("https://wire.example/port/strike-over");
        assertThat(html.title()).isEqualTo("Strike over at the port after nine days");
        assertThat(html.body()).startsWith("<p>Dock workers at the city's main container port ended a nine-day "
                + "strike on Tuesday evening");
        assertThat(html.bodyFormat()).isEqualTo(BodyFormat.HTML);
        assertThat(html.publishedAt()).isEqualTo(Instant.parse("2026-03-03T18:00:00Z"));
        assertThat(html.author()).isEqualTo("Wire staff");
        assertThat(html.language()).isEqualTo("en");

        FeedItem xhtml = entries.get(1);
        assertThat(xhtml.link()).isEqualTo("https://wire.example/feeds/rail/tunnel-numbers");
        assertThat(xhtml.bodyFormat()).isEqualTo(BodyFormat.HTML);
        assertThat(xhtml.body()).contains("<h2>Key figures</h2>", "<li>Length: 6.2 km</li>", "<br>Subject to");
        assertThat(xhtml.publishedAt()).isEqualTo(Instant.parse("2026-03-05T09:30:00Z"));
        assertThat(xhtml.names()).containsEntry("publishedAt", "updated");
        assertThat(xhtml.categories()).containsExactly("Transport");

        FeedItem text = entries.get(2);
        assertThat(text.bodyFormat()).isEqualTo(BodyFormat.TEXT);
        assertThat(text.body()).startsWith("Engineers broke through the final section");
        assertThat(text.versionTime()).isEqualTo(Instant.parse("2026-03-05T08:15:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            xxe.xml            | not well-formed XML
            billion-laughs.xml | not well-formed XML
            not-a-feed.html    | not well-formed XML
            malformed.xml      | not well-formed XML
            rdf.xml            | not an RSS 2.0 or Atom feed: the document is <rdf:RDF>
            """)
    void refusesWhatIsNoSafeRssOrAtomFeed(String file, String reason) {
        assertThatThrownBy(() -> parser.parse(file(file), COURIER))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void neverReadsAnExternalEntity() {
        assertThatThrownBy(() -> parser.parse(file("xxe.xml"), COURIER))
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void readsTheEncodingTheDocumentDeclares() throws FeedRefusedException {
        byte[] latin1 = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><item><title>Zürich café</title><link>https://x.example/1</link>
                <description>Crème brûlée</description></item></channel></rss>"""
                .getBytes(StandardCharsets.ISO_8859_1);

        FeedItem item = parser.parse(latin1, COURIER).items().getFirst();

        assertThat(item.title()).isEqualTo("Zürich café");
        assertThat(item.body()).isEqualTo("Crème brûlée");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tue, 03 Mar 2026 18:20:00 GMT   | 2026-03-03T18:20:00Z
            Mon, 02 Mar 2026 22:05:00 +0100 | 2026-03-02T21:05:00Z
            Wed, 4 Mar 2026 07:30:00 EST    | 2026-03-04T12:30:00Z
            4 Mar 2026 07:30 GMT            | 2026-03-04T07:30:00Z
            """)
    void readsRfc822DatesAsFeedsWriteThem(String date, String instant) {
        assertThat(FeedDates.rfc822(date)).contains(Instant.parse(instant));
    }

    @Test
    void aDateThatCannotBeReadIsAbsent() {
        assertThat(FeedDates.rfc822("yesterday")).isEmpty();
        assertThat(FeedDates.rfc3339("2026-13-45")).isEmpty();
    }

    static byte[] file(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
