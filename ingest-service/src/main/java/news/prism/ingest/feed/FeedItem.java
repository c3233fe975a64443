package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.prism.ingest.body.BodyFormat;

/**
 * One item of a feed (an RSS item or an Atom entry) as read, before any check. {@code versionTime} tells its
 * versions apart (Atom {@code updated}, RSS {@code pubDate}); {@code names} maps submission fields (url, title,
 * body, publishedAt) to the element names the feed uses, to name a refused item's fields the feed's way.
 *
 * @param index the item's position in the document, from 0
 */
public record FeedItem(
        int index,
        @Nullable String guid,
        @Nullable String link,
        @Nullable String title,
        @Nullable String body,
        BodyFormat bodyFormat,
        @Nullable Instant publishedAt,
        @Nullable Instant versionTime,
        @Nullable String author,
        List<String> categories,
        @Nullable String language,
        Map<String, String> names) {

    public FeedItem {
        categories = List.copyOf(categories);
        names = Map.copyOf(names);
    }
}
