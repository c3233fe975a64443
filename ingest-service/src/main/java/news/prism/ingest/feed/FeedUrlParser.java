package news.prism.ingest.feed;

import jakarta.inject.Singleton;
import java.net.URI;
import news.prism.http.outbound.HostRefusedException;
import news.prism.http.outbound.OutboundUrls;

/**
 * Feed URLs, for the URL a feed is added with, the stored URL at each poll and every redirect target, read by
 * http-support's {@link OutboundUrls} with at most {@code prism.ingest.feeds.max-url-length} characters.
 */
@Singleton
public class FeedUrlParser {

    private final FeedSettings settings;

    public FeedUrlParser(FeedSettings settings) {
        this.settings = settings;
    }

    public URI parse(String url) throws InvalidFeedUrlException {
        try {
            return OutboundUrls.parse(url, settings.maxUrlLength());
        } catch (HostRefusedException e) {
            throw new InvalidFeedUrlException(e.getMessage());
        }
    }
}
