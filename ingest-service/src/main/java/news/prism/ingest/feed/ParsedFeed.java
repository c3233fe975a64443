package news.prism.ingest.feed;

import java.util.List;

/** A feed document read: its kind ({@code RSS 2.0} or {@code Atom}) and its items in document order. */
public record ParsedFeed(String kind, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
