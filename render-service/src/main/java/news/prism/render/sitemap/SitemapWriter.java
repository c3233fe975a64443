package news.prism.render.sitemap;

import jakarta.inject.Singleton;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.prism.render.RenderSettings;
import news.prism.render.topic.ListedPage;
import news.prism.render.topic.TopicAddress;
import news.prism.render.topic.TopicSummary;
import news.prism.render.view.ReaderTime;

/** The sitemap (sitemaps.org protocol 0.9): every topic index with live pages, and every live page. */
@Singleton
public class SitemapWriter {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final RenderSettings settings;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    public SitemapWriter(RenderSettings settings) {
        this.settings = settings;
    }

    public String write(List<TopicSummary> topics, List<ListedPage> pages) {
        var out = new StringWriter(256 + 160 * (topics.size() + pages.size()));
        try {
            XMLStreamWriter sitemap = xml.createXMLStreamWriter(out);
            sitemap.writeStartDocument("utf-8", "1.0");
            sitemap.writeStartElement("urlset");
            sitemap.writeDefaultNamespace(SITEMAP);
            for (TopicSummary topic : topics) {
                url(sitemap, settings.absoluteUrl(new TopicAddress(topic.slug()).indexPath()), topic.lastChanged());
            }
            for (ListedPage page : pages) {
                url(sitemap, settings.pageUrl(page.address()), page.publishedAt());
            }
            sitemap.writeEndElement();
            sitemap.writeEndDocument();
            sitemap.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the sitemap", e);
        }
        return out.toString();
    }

    private static void url(XMLStreamWriter sitemap, String location, Instant lastModified) throws XMLStreamException {
        sitemap.writeStartElement("url");
        sitemap.writeStartElement("loc");
        sitemap.writeCharacters(location);
        sitemap.writeEndElement();
        sitemap.writeStartElement("lastmod");
        sitemap.writeCharacters(ReaderTime.iso(lastModified));
        sitemap.writeEndElement();
        sitemap.writeEndElement();
    }
}
