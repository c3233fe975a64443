package news.prism.ingest.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Says what kind of non-public address an IP address is, if it is one: the addresses a feed must not make this
 * service connect to, because they reach the service's own host or network rather than the internet.
 */
final class AddressClassifier {

    private AddressClassifier() {
    }

    /** @return e.g. "a loopback address", or empty for a public address */
    static Optional<String> nonPublicKind(InetAddress address) {
        if (address.isAnyLocalAddress() || isThisNetwork(address)) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress() || isUniqueLocal(address)) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        return Optional.empty();
    }

    /** 0.0.0.0/8: "this network", which some systems route to the local host. */
    private static boolean isThisNetwork(InetAddress address) {
        return address instanceof Inet4Address && address.getAddress()[0] == 0;
    }

    /** fc00::/7, IPv6 unique local addresses (Java's site-local test covers only the deprecated fec0::/10). */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}
