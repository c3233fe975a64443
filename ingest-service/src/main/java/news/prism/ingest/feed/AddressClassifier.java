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
        if (isSharedAddressSpace(address)) {
            return Optional.of("a shared (carrier-grade NAT) address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (isReserved(address)) {
            return Optional.of("a reserved address");
        }
        return Optional.empty();
    }

    /** 100.64.0.0/10: the provider's side of carrier-grade NAT, often the network a cloud host's services are on. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    /** 198.18.0.0/15 (network benchmarking) and 240.0.0.0/4 (reserved, with the broadcast address). */
    private static boolean isReserved(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address
                && (((bytes[0] & 0xff) == 198 && (bytes[1] & 0xfe) == 18) || (bytes[0] & 0xf0) == 0xf0);
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
