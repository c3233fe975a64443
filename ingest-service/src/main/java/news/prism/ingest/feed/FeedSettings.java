package news.prism.ingest.feed;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.ingest.feeds.*}: how feeds are fetched and how often they may be polled.
 *
 * @param allowPrivateAddresses whether feeds may be fetched from addresses that are not public unicast (loopback,
 *                              private, link-local and the rest, see http-support's {@code AddressClassifier}); off in
 *                              production, on for a local stack's sample feed and tests with a server on loopback
 * @param maxUrlLength          the longest feed URL accepted, as added and as redirected to
 * @param connectTimeout        to open the connection
 * @param readTimeout           for the whole response, headers and body
 * @param maxBytes              the largest feed document read; a larger one fails the poll
 * @param maxRedirects          redirects followed, each re-checked against the address rules
 * @param userAgent             sent with every request
 * @param minIntervalSeconds    the shortest poll interval a feed may have
 * @param maxIntervalSeconds    the longest
 * @param defaultIntervalSeconds the interval of a feed added without one
 */
@ConfigurationProperties("prism.ingest.feeds")
public record FeedSettings(
        boolean allowPrivateAddresses,
        int maxUrlLength,
        Duration connectTimeout,
        Duration readTimeout,
        int maxBytes,
        int maxRedirects,
        String userAgent,
        int minIntervalSeconds,
        int maxIntervalSeconds,
        int defaultIntervalSeconds) {
}
