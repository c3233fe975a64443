package news.prism.render.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.prism.render.RenderSettings;
import news.prism.render.page.PageAddress;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class AtomFeedWriterTest {

    private final AtomFeedWriter writer = new AtomFeedWriter(new RenderSettings("https://reader.prism.example",
            "https://notify.example", "UTC", "Prism", LocalDate.parse("2026-01-01")));

    @Test
    void textThatXmlCannotCarryIsLeftOutSoTheFeedStaysWellFormed() throws Exception {
        var page = new ListedPage("s1", new PageAddress("ai", "s1"), "AI", "Bell\u0007 and \uD800lone & <tags>",
                "Nul\u0000 gone", null, false, Instant.parse("2026-06-10T12:30:00.789Z"),
                Instant.parse("2026-06-10T12:30:00Z"));

        String xml = writer.write(new TopicSummary("ai", "AI", Instant.parse("2026-06-10T12:30:00Z")), List.of(page),
                List.of());

        Element feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        Element entry = (Element) feed.getElementsByTagNameNS(AtomFeedWriter.ATOM, "entry").item(0);
        assertThat(entry.getElementsByTagNameNS(AtomFeedWriter.ATOM, "title").item(0).getTextContent())
                .isEqualTo("Bell and lone & <tags>");
        assertThat(entry.getElementsByTagNameNS(AtomFeedWriter.ATOM, "summary").item(0).getTextContent())
                .isEqualTo("Nul gone");
        assertThat(entry.getElementsByTagNameNS(AtomFeedWriter.ATOM, "updated").item(0).getTextContent())
                .isEqualTo("2026-06-10T12:30:00Z");
        // A page stored before bylines were kept is by the site.
        Element author = (Element) entry.getElementsByTagNameNS(AtomFeedWriter.ATOM, "author").item(0);
        assertThat(author.getTextContent()).isEqualTo("Prism");
    }

    @Test
    void aRetractedStoryIsATombstoneInsteadOfAnEntry() throws Exception {
        var live = new ListedPage("s1", new PageAddress("ai", "s1"), "AI", "Live", "Dek", "Desk", false,
                Instant.parse("2026-06-10T12:30:00Z"), Instant.parse("2026-06-10T12:30:00Z"));
        var retracted = new DeletedEntry("3f0c6f8e-6b0e-4e1a-9a57-2f1f3f7f8a10", Instant.parse("2026-06-12T10:00:00Z"),
                "Relied on a forged document.");

        String xml = writer.write(new TopicSummary("ai", "AI", Instant.parse("2026-06-12T10:00:00Z")), List.of(live),
                List.of(retracted));

        Element feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(feed.getElementsByTagNameNS(AtomFeedWriter.ATOM, "entry").getLength()).isEqualTo(1);
        var tombstones = feed.getElementsByTagNameNS(AtomFeedWriter.TOMBSTONES, "deleted-entry");
        assertThat(tombstones.getLength()).isEqualTo(1);
        Element tombstone = (Element) tombstones.item(0);
        assertThat(tombstone.getParentNode()).isSameAs(feed);
        assertThat(tombstone.getAttribute("ref")).isEqualTo("urn:uuid:3f0c6f8e-6b0e-4e1a-9a57-2f1f3f7f8a10");
        assertThat(tombstone.getAttribute("when")).isEqualTo("2026-06-12T10:00:00Z");
        assertThat(tombstone.getElementsByTagNameNS(AtomFeedWriter.TOMBSTONES, "comment").item(0).getTextContent())
                .isEqualTo("Relied on a forged document.");
    }

    @Test
    void aFeedWithoutTombstonesDeclaresNoTombstoneNamespace() {
        String xml = writer.write(new TopicSummary("ai", "AI", Instant.parse("2026-06-10T12:30:00Z")), List.of(),
                List.of());

        assertThat(xml).doesNotContain(AtomFeedWriter.TOMBSTONES);
    }

    @Test
    void keepsTextThatIsAlreadyClean() {
        String text = "Plain «Ünïcode» 😀 text";
        assertThat(XmlText.of(text)).isSameAs(text);
        assertThat(XmlText.of(null)).isEmpty();
    }
}
