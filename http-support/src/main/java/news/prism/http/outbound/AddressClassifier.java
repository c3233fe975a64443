package news.prism.http.outbound;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Says what kind of address an IP address is when it is not a globally reachable public unicast address: the
 * addresses a URL given to a service (a feed, a webhook) must not make it connect to, because they reach the service's own host or network, or
 * nothing public at all. The blocks follow the IANA IPv4 and IPv6 special-purpose address registries; an IPv6
 * address that carries an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo) is judged by the IPv4 address, and
 * any other IPv6 address outside the global unicast block 2000::/3 is refused as reserved.
 *
 * <p>Written here rather than taken from a library: Java's {@code InetAddress.isXxx} tests miss most of these blocks,
 * and the libraries at hand either lack the newer registry entries (3fff::/20, 64:ff9b:1::/48, 5f00::/16) or do not
 * decode every embedding form.
 */
public final class AddressClassifier {

    private static final String PRIVATE = "a private address";
    private static final String DOCUMENTATION = "a documentation address";
    private static final String PROTOCOL_ASSIGNMENT = "an IETF protocol assignment address";

    private static final List<AddressBlock> IPV4 = List.of(
            AddressBlock.of("0.0.0.0/8", "an unspecified address"),
            AddressBlock.of("10.0.0.0/8", PRIVATE),
            AddressBlock.of("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            AddressBlock.of("127.0.0.0/8", "a loopback address"),
            AddressBlock.of("169.254.0.0/16", "a link-local address"),
            AddressBlock.of("172.16.0.0/12", PRIVATE),
            AddressBlock.of("192.0.0.0/24", PROTOCOL_ASSIGNMENT),
            AddressBlock.of("192.0.2.0/24", DOCUMENTATION),
            AddressBlock.of("192.88.99.0/24", "a 6to4 relay anycast address"),
            AddressBlock.of("192.168.0.0/16", PRIVATE),
            AddressBlock.of("198.18.0.0/15", "a benchmarking address"),
            AddressBlock.of("198.51.100.0/24", DOCUMENTATION),
            AddressBlock.of("203.0.113.0/24", DOCUMENTATION),
            AddressBlock.of("224.0.0.0/4", "a multicast address"),
            AddressBlock.of("255.255.255.255/32", "the broadcast address"),
            AddressBlock.of("240.0.0.0/4", "a reserved address"));

    /** Looked at after the forms that embed an IPv4 address (see {@link EmbeddedIpv4}). */
    private static final List<AddressBlock> IPV6 = List.of(
            AddressBlock.of("::/128", "an unspecified address"),
            AddressBlock.of("::1/128", "a loopback address"),
            AddressBlock.of("64:ff9b:1::/48", "a local-use NAT64 address"),
            AddressBlock.of("100::/64", "a discard-only address"),
            AddressBlock.of("2001::/23", PROTOCOL_ASSIGNMENT),
            AddressBlock.of("2001:db8::/32", DOCUMENTATION),
            AddressBlock.of("3fff::/20", DOCUMENTATION),
            AddressBlock.of("5f00::/16", "a segment routing (SRv6) address"),
            AddressBlock.of("fc00::/7", PRIVATE),
            AddressBlock.of("fe80::/10", "a link-local address"),
            AddressBlock.of("fec0::/10", PRIVATE),
            AddressBlock.of("ff00::/8", "a multicast address"));

    private static final AddressBlock GLOBAL_UNICAST = AddressBlock.of("2000::/3", "a global unicast address");
    private static final String RESERVED = "a reserved address";

    private AddressClassifier() {
    }

    /** @return e.g. "a loopback address", or empty for a public unicast address */
    public static Optional<String> nonPublicKind(InetAddress address) {
        return address instanceof Inet4Address ? ipv4Kind(address.getAddress()) : ipv6Kind(address.getAddress());
    }

    private static Optional<String> ipv4Kind(byte[] address) {
        return IPV4.stream().filter(block -> block.contains(address)).map(AddressBlock::kind).findFirst();
    }

    private static Optional<String> ipv6Kind(byte[] address) {
        Optional<EmbeddedIpv4> embedded = EmbeddedIpv4.in(address);
        if (embedded.isPresent()) {
            return embeddedKind(embedded.get());
        }
        Optional<String> special = IPV6.stream().filter(block -> block.contains(address)).map(AddressBlock::kind)
                .findFirst();
        if (special.isPresent() || GLOBAL_UNICAST.contains(address)) {
            return special;
        }
        return Optional.of(RESERVED);
    }

    private static Optional<String> embeddedKind(EmbeddedIpv4 embedded) {
        for (byte[] ipv4 : embedded.ipv4()) {
            Optional<String> kind = ipv4Kind(ipv4);
            if (kind.isPresent()) {
                return Optional.of(embedded.form() + " embedding " + dotted(ipv4) + ", " + kind.get());
            }
        }
        return Optional.empty();
    }

    private static String dotted(byte[] ipv4) {
        try {
            return InetAddress.getByAddress(ipv4).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
