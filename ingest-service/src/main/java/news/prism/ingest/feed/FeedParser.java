package news.prism.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.prism.ingest.body.BodyFormat;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jsoup.Jsoup;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom documents with Rome ({@link FeedDocuments} for the XML). Relative links
 * resolve against the document's address, as RFC 3986 says when the feed names no {@code xml:base}. A date that
 * cannot be read counts as absent: it should not cost the item.
 * <ul>
 * <li>RSS item: guid (else link), link, title, body from {@code content:encoded} else {@code description} (HTML),
 * published and version time from {@code pubDate} (else {@code dc:date}), author from {@code dc:creator} else
 * {@code author}, categories; language from the channel's {@code language}.</li>
 * <li>Atom entry: id, the {@code alternate} link, title, body from {@code content} else {@code summary} (by their
 * {@code type}: text, html or xhtml), published from {@code published} else {@code updated}, version time from
 * {@code updated}, first author's name, category terms; language from {@code xml:lang}.</li>
 * </ul>
 */
@Singleton
public class FeedParser {

    private final FeedDocuments documents = new FeedDocuments();
    private final SyndFeedInput feeds = new SyndFeedInput();

    public ParsedFeed parse(byte[] content, URI address) throws FeedRefusedException {
        Document document = read(content);
        Element root = document.getRootElement();
        if (root.getAttribute("base", Namespace.XML_NAMESPACE) == null) {
            root.setAttribute("base", address.toString(), Namespace.XML_NAMESPACE);
        }
        SyndFeed feed;
        try {
            feed = feeds.build(document);
        } catch (IllegalArgumentException e) {
            throw new FeedRefusedException("not an RSS or Atom feed: the document is <" + root.getQualifiedName()
                    + ">", e);
        } catch (FeedException e) {
            throw new FeedRefusedException("not readable as a feed: " + e.getMessage(), e);
        }
        boolean atom = feed.getFeedType().startsWith("atom");
        List<Element> atomEntries = atom ? root.getChildren("entry", root.getNamespace()) : List.of();
        String feedLanguage = atom ? root.getAttributeValue("lang", Namespace.XML_NAMESPACE) : feed.getLanguage();
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            int index = items.size();
            items.add(atom
                    ? atomEntry(index, entry, address, Optional.ofNullable(index < atomEntries.size()
                            ? atomEntries.get(index).getAttributeValue("lang", Namespace.XML_NAMESPACE) : null)
                            .orElse(feedLanguage))
                    : rssItem(index, entry, address, feedLanguage));
        }
        return new ParsedFeed(kind(feed.getFeedType()), items);
    }

    private Document read(byte[] content) throws FeedRefusedException {
        try {
            return documents.read(content);
        } catch (JDOMParseException e) {
            throw new FeedRefusedException("not well-formed XML (line " + e.getLineNumber() + "): "
                    + e.getCause().getMessage(), e);
        } catch (JDOMException | IOException e) {
            throw new FeedRefusedException("not readable as XML: " + e.getMessage(), e);
        }
    }

    private static FeedItem rssItem(int index, SyndEntry item, URI address, @Nullable String language) {
        Map<String, String> names = new HashMap<>(Map.of("url", "link", "title", "title",
                "publishedAt", "pubDate", "language", "language"));
        SyndContent encoded = item.getContents().stream().filter(content -> content.getValue() != null)
                .findFirst().orElse(null);
        names.put("body", encoded != null ? "content:encoded" : "description");
        Instant published = instant(item.getPublishedDate());
        return new FeedItem(index, text(item.getUri()), resolve(address, item.getLink()), text(item.getTitle()),
                text(encoded != null ? encoded : item.getDescription()), BodyFormat.HTML, published, published,
                text(item.getAuthor()), categories(item), language, names);
    }

    private static FeedItem atomEntry(int index, SyndEntry entry, URI address, @Nullable String language) {
        Map<String, String> names = new HashMap<>(Map.of("url", "link", "title", "title", "language", "xml:lang"));
        // Content given by reference (src) has no value: the summary stands in for it.
        SyndContent content = entry.getContents().stream().filter(c -> c.getValue() != null).findFirst()
                .orElse(null);
        SyndContent body = content != null ? content : entry.getDescription();
        names.put("body", content != null ? "content" : "summary");
        Instant updated = instant(entry.getUpdatedDate());
        Instant published = Optional.ofNullable(instant(entry.getPublishedDate())).orElse(updated);
        names.put("publishedAt", entry.getPublishedDate() != null ? "published" : "updated");
        return new FeedItem(index, text(entry.getUri()), resolve(address, entry.getLink()), title(entry),
                text(body), format(body), published, updated, text(entry.getAuthor()), categories(entry), language,
                names);
    }

    /** An html title as the text it marks up. */
    private static String title(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        String text = text(title);
        return text != null && format(title) == BodyFormat.HTML ? Jsoup.parse(text).text() : text;
    }

    private static BodyFormat format(@Nullable SyndContent content) {
        String type = content == null || content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.contains("html") ? BodyFormat.HTML : BodyFormat.TEXT;
    }

    private static List<String> categories(SyndEntry entry) {
        return entry.getCategories().stream().map(SyndCategory::getName).map(FeedParser::text)
                .filter(name -> name != null).toList();
    }

    /** Rome's names for feed types ({@code rss_2.0}, {@code atom_1.0}) as people write them. */
    private static String kind(String feedType) {
        String[] typeAndVersion = feedType.split("_", 2);
        String type = typeAndVersion[0].equals("atom") ? "Atom" : typeAndVersion[0].toUpperCase(Locale.ROOT);
        return typeAndVersion.length == 2 ? type + " " + typeAndVersion[1] : type;
    }

    private static String resolve(URI base, @Nullable String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            // left as written: the intake refuses it with the reason
            return link;
        }
    }

    private static Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String text(@Nullable SyndContent content) {
        return content == null ? null : text(content.getValue());
    }

    private static String text(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
