package news.prism.ingest.feed;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Allows only public unicast addresses (see {@link AddressClassifier}), unless
 * {@code prism.ingest.feeds.allow-private-addresses} is set, as a local stack with a sample feed on its own host does.
 */
@Singleton
public class PublicAddressGuard implements AddressGuard {

    private final FeedSettings settings;

    public PublicAddressGuard(FeedSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(String host, InetAddress address) throws FeedRefusedException {
        if (settings.allowPrivateAddresses()) {
            return;
        }
        Optional<String> kind = AddressClassifier.nonPublicKind(address);
        if (kind.isPresent()) {
            throw new FeedRefusedException(host + " resolves to " + kind.get() + " (" + address.getHostAddress()
                    + "), which feeds may not use");
        }
    }
}
