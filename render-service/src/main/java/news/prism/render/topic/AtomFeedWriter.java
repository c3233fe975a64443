package news.prism.render.topic;

import jakarta.inject.Singleton;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.prism.render.RenderSettings;
import news.prism.render.view.ReaderTime;

/**
 * A topic's Atom feed (RFC 4287): the feed's id, title, updated, author and its self and alternate links, and an
 * entry per live page with id, title, updated (this version), published (first version), alternate link, summary
 * (the dek) and author (the byline); then, for each story retracted lately, an RFC 6721 tombstone
 * {@code <at:deleted-entry ref="entry id" when="retraction time">} with the reason as its comment. The StAX writer
 * escapes all text and attribute values.
 */
@Singleton
public class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
    private static final String TOMBSTONES_PREFIX = "at";

    private final RenderSettings settings;
    private final FeedIds ids;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    public AtomFeedWriter(RenderSettings settings) {
        this.settings = settings;
        this.ids = new FeedIds(settings);
    }

    public String write(TopicSummary topic, List<ListedPage> pages, List<DeletedEntry> deleted) {
        var out = new StringWriter(4096 + 1024 * pages.size());
        try {
            XMLStreamWriter feed = xml.createXMLStreamWriter(out);
            var address = new TopicAddress(topic.slug());
            feed.writeStartDocument("utf-8", "1.0");
            feed.writeStartElement("feed");
            feed.writeDefaultNamespace(ATOM);
            if (!deleted.isEmpty()) {
                feed.writeNamespace(TOMBSTONES_PREFIX, TOMBSTONES);
            }
            text(feed, "id", ids.feed(topic.slug()));
            text(feed, "title", topic.name() + " · " + settings.siteName());
            text(feed, "updated", ReaderTime.iso(topic.lastChanged()));
            link(feed, "self", "application/atom+xml", settings.absoluteUrl(address.feedPath()));
            link(feed, "alternate", "text/html", settings.absoluteUrl(address.indexPath()));
            author(feed, settings.siteName());
            for (ListedPage page : pages) {
                entry(feed, page);
            }
            for (DeletedEntry entry : deleted) {
                deletedEntry(feed, entry);
            }
            feed.writeEndElement();
            feed.writeEndDocument();
            feed.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed of " + topic.slug(), e);
        }
        return out.toString();
    }

    private void entry(XMLStreamWriter feed, ListedPage page) throws XMLStreamException {
        feed.writeStartElement("entry");
        text(feed, "id", ids.entry(page.storyId()));
        text(feed, "title", page.headline());
        text(feed, "updated", ReaderTime.iso(page.publishedAt()));
        text(feed, "published", ReaderTime.iso(page.firstPublishedAt()));
        link(feed, "alternate", "text/html", settings.pageUrl(page.address()));
        text(feed, "summary", page.summary());
        author(feed, page.byline() == null || page.byline().isBlank() ? settings.siteName() : page.byline());
        feed.writeEmptyElement("category");
        feed.writeAttribute("term", XmlText.of(page.address().topicSlug()));
        feed.writeAttribute("label", XmlText.of(page.topicName()));
        feed.writeEndElement();
    }

    private void deletedEntry(XMLStreamWriter feed, DeletedEntry entry) throws XMLStreamException {
        feed.writeStartElement(TOMBSTONES_PREFIX, "deleted-entry", TOMBSTONES);
        feed.writeAttribute("ref", XmlText.of(ids.entry(entry.storyId())));
        feed.writeAttribute("when", ReaderTime.iso(entry.retractedAt()));
        feed.writeStartElement(TOMBSTONES_PREFIX, "comment", TOMBSTONES);
        feed.writeCharacters(XmlText.of(entry.reason()));
        feed.writeEndElement();
        feed.writeEndElement();
    }

    private static void author(XMLStreamWriter feed, String name) throws XMLStreamException {
        feed.writeStartElement("author");
        text(feed, "name", name);
        feed.writeEndElement();
    }

    private static void link(XMLStreamWriter feed, String rel, String type, String href) throws XMLStreamException {
        feed.writeEmptyElement("link");
        feed.writeAttribute("rel", rel);
        feed.writeAttribute("type", type);
        feed.writeAttribute("href", XmlText.of(href));
    }

    private static void text(XMLStreamWriter feed, String element, String text) throws XMLStreamException {
        feed.writeStartElement(element);
        feed.writeCharacters(XmlText.of(text));
        feed.writeEndElement();
    }
}
