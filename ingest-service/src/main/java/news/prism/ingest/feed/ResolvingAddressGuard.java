package news.prism.ingest.feed;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Resolves a URL's host and refuses it if any of its addresses is loopback, private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), link-local (169.254/16, fe80::/10), multicast or unspecified, unless
 * {@code prism.ingest.feeds.allow-private-addresses} is set. One bad address refuses the host, so that a name with
 * both kinds cannot be used to reach the inside. The HTTP client resolves the name again when it connects; a
 * resolver that changes its answer in between (DNS rebinding) is not caught here and needs an egress proxy or
 * firewall in front of the service.
 */
@Singleton
public class ResolvingAddressGuard implements AddressGuard {

    private final FeedSettings settings;

    public ResolvingAddressGuard(FeedSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(URI url) throws FeedRefusedException {
        if (settings.allowPrivateAddresses()) {
            return;
        }
        String host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new HostNotFoundException(host, e);
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = AddressClassifier.nonPublicKind(address);
            if (kind.isPresent()) {
                throw new FeedRefusedException(host + " resolves to " + kind.get() + " (" + address.getHostAddress()
                        + "), which feeds may not use");
            }
        }
    }
}
