package news.prism.ingest.feed;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import news.prism.http.outbound.CheckedDnsResolver;
import news.prism.http.outbound.HostLookup;
import news.prism.http.outbound.PublicAddressGuard;

/**
 * The resolver feeds are fetched and checked through: http-support's address guard, allowing private addresses only
 * when {@code prism.ingest.feeds.allow-private-addresses} is set.
 */
@Factory
class FeedAddressing {

    @Singleton
    CheckedDnsResolver feedResolver(HostLookup lookup, FeedSettings settings) {
        return new CheckedDnsResolver(lookup, new PublicAddressGuard(settings.allowPrivateAddresses(), "feeds"),
                "feeds");
    }
}
