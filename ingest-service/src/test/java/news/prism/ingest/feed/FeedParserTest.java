package news.prism.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

        assertThat(feed.kind()).isEqualTo("Atom 1.0");
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
        assertThat(xhtml.body()).contains("<h2>Key figures</h2>", "<li>Length: 6.2 km</li>", "Subject to");
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
            not-a-feed.html    | not an RSS or Atom feed: the document is <html>
            malformed.xml      | not well-formed XML
            """)
    void refusesWhatIsNoFeed(String file, String reason) {
        assertThatThrownBy(() -> parser.parse(file(file), COURIER))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void refusesXmlThatIsNoRssOrAtom() {
        assertThatThrownBy(() -> parser.parse(file("catalog.xml"), COURIER))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessage("not an RSS or Atom feed: the document is <catalog>");
    }

    @Test
    void readsPastADoctypeWithoutReadingAnExternalEntity() throws FeedRefusedException {
        ParsedFeed feed = parser.parse(file("xxe.xml"), COURIER);

        FeedItem item = feed.items().getFirst();
        assertThat(item.link()).isEqualTo("https://evil.example/1");
        assertThat(String.valueOf(item.title()) + item.body()).doesNotContain("root:");
    }

    @Test
    void neverExpandsAnEntityDeclaredInTheDoctype() throws FeedRefusedException {
        ParsedFeed feed = parser.parse(file("billion-laughs.xml"), COURIER);

        assertThat(String.valueOf(feed.items().getFirst().title())).doesNotContain("lollol");
    }

    @Test
    void aDocumentOfNestedEntitiesIsReadQuicklyOrRefused() {
        StringBuilder entities = new StringBuilder("<!ENTITY e0 \"lol\">");
        for (int level = 1; level <= 12; level++) {
            entities.append("<!ENTITY e").append(level).append(" \"")
                    .append(("&e" + (level - 1) + ";").repeat(10)).append("\">");
        }
        byte[] bomb = ("<?xml version=\"1.0\"?><!DOCTYPE rss [" + entities + "]>"
                + "<rss version=\"2.0\"><channel><item><title>&e12;</title><link>https://x.example/1</link></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        try {
            assertThat(String.valueOf(parser.parse(bomb, COURIER).items().getFirst().title()))
                    .doesNotContain("lollol");
        } catch (FeedRefusedException refused) {
            assertThat(refused).hasMessageStartingWith("not well-formed XML");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void readsRss10() throws FeedRefusedException {
        byte[] rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://old.example/"><title>Old Courier</title>
                    <items><rdf:Seq><rdf:li rdf:resource="https://old.example/ferry"/></rdf:Seq></items></channel>
                  <item rdf:about="https://old.example/ferry">
                    <title>Ferry crews vote to strike</title><link>https://old.example/ferry</link>
                    <description>Crews on the night ferries voted to strike from Monday.</description>
                    <dc:date>2026-03-04T07:30:00Z</dc:date><dc:creator>Harbour desk</dc:creator>
                  </item>
                </rdf:RDF>""".getBytes(StandardCharsets.UTF_8);

        ParsedFeed feed = parser.parse(rdf, COURIER);

        assertThat(feed.kind()).isEqualTo("RSS 1.0");
        FeedItem item = feed.items().getFirst();
        assertThat(item.link()).isEqualTo("https://old.example/ferry");
        assertThat(item.title()).isEqualTo("Ferry crews vote to strike");
        assertThat(item.body()).isEqualTo("Crews on the night ferries voted to strike from Monday.");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-03-04T07:30:00Z"));
        assertThat(item.author()).isEqualTo("Harbour desk");
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
    void readsRfc822DatesAsFeedsWriteThem(String date, String instant) throws FeedRefusedException {
        assertThat(rssItemDated(date).publishedAt()).isEqualTo(Instant.parse(instant));
    }

    @Test
    void aDateThatCannotBeReadIsAbsent() throws FeedRefusedException {
        assertThat(rssItemDated("yesterday").publishedAt()).isNull();
        byte[] atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x</id><title>T</title>
                <updated>the day before yesterday</updated></entry></feed>""".getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(atom, WIRE).items().getFirst().versionTime()).isNull();
    }

    private FeedItem rssItemDated(String pubDate) throws FeedRefusedException {
        byte[] rss = ("<rss version=\"2.0\"><channel><item><title>T</title><link>https://x.example/1</link>"
                + "<pubDate>" + pubDate + "</pubDate></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        return parser.parse(rss, COURIER).items().getFirst();
    }

    static byte[] file(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
