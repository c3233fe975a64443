package news.prism.ingest.feed;

import jakarta.inject.Singleton;
import java.util.UUID;
import news.prism.ingest.normalize.LanguageTags;
import news.prism.ingest.source.SourceGuid;
import news.prism.ingest.source.SourceSubmission;

/**
 * A feed item as a submission. Its guid is namespaced by the feed, as a guid is only unique within its feed; the
 * outlet is the link's domain. A feed-wide language that is no language tag is dropped rather than held against
 * every item.
 */
@Singleton
public class FeedItems {

    private final LanguageTags languages;

    public FeedItems(LanguageTags languages) {
        this.languages = languages;
    }

    public SourceSubmission submission(UUID feedId, FeedItem item) {
        return new SourceSubmission(null, item.link(), item.title(), item.body(), item.bodyFormat().label(),
                item.publishedAt() == null ? null : item.publishedAt().toString(),
                item.language() == null ? null : languages.canonical(item.language()).orElse(null),
                item.author(), item.categories(),
                item.guid() == null ? null : SourceGuid.feedItem(feedId, item.guid(), item.versionTime()));
    }
}
