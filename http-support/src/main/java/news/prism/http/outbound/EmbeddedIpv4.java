package news.prism.http.outbound;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The IPv4 addresses an IPv6 address stands for, in the forms that carry one: IPv4-mapped ({@code ::ffff:0:0/96}),
 * IPv4-compatible ({@code ::/96}), NAT64 ({@code 64:ff9b::/96}), 6to4 ({@code 2002::/16}, bits 16-47) and Teredo
 * ({@code 2001::/32}: the server in bits 32-63, the client in the last 32 bits, inverted). Traffic to such an address
 * ends up at the IPv4 address, so that is the address to judge.
 *
 * @param form     e.g. "a 6to4 address"
 * @param ipv4     the embedded addresses, 4 bytes each
 */
record EmbeddedIpv4(String form, List<byte[]> ipv4) {

    private static final AddressBlock MAPPED = AddressBlock.of("::ffff:0:0/96", "an IPv4-mapped address");
    private static final AddressBlock COMPATIBLE = AddressBlock.of("::/96", "an IPv4-compatible address");
    private static final AddressBlock NAT64 = AddressBlock.of("64:ff9b::/96", "a NAT64 address");
    private static final AddressBlock SIX_TO_FOUR = AddressBlock.of("2002::/16", "a 6to4 address");
    private static final AddressBlock TEREDO = AddressBlock.of("2001::/32", "a Teredo address");
    private static final int IPV4_BYTES = 4;
    private static final int LAST_32_BITS = 12;

    /** @param ipv6 16 bytes; {@code ::} and {@code ::1} are not taken for IPv4-compatible addresses */
    static Optional<EmbeddedIpv4> in(byte[] ipv6) {
        if (MAPPED.contains(ipv6)) {
            return Optional.of(new EmbeddedIpv4(MAPPED.kind(), List.of(bytes(ipv6, LAST_32_BITS))));
        }
        if (COMPATIBLE.contains(ipv6) && !isUnspecifiedOrLoopback(ipv6)) {
            return Optional.of(new EmbeddedIpv4(COMPATIBLE.kind(), List.of(bytes(ipv6, LAST_32_BITS))));
        }
        if (NAT64.contains(ipv6)) {
            return Optional.of(new EmbeddedIpv4(NAT64.kind(), List.of(bytes(ipv6, LAST_32_BITS))));
        }
        if (SIX_TO_FOUR.contains(ipv6)) {
            return Optional.of(new EmbeddedIpv4(SIX_TO_FOUR.kind(), List.of(bytes(ipv6, 2))));
        }
        if (TEREDO.contains(ipv6)) {
            byte[] client = bytes(ipv6, LAST_32_BITS);
            for (int i = 0; i < client.length; i++) {
                client[i] = (byte) ~client[i];
            }
            return Optional.of(new EmbeddedIpv4(TEREDO.kind(), List.of(client, bytes(ipv6, IPV4_BYTES))));
        }
        return Optional.empty();
    }

    private static boolean isUnspecifiedOrLoopback(byte[] ipv6) {
        for (int i = 0; i < ipv6.length - 1; i++) {
            if (ipv6[i] != 0) {
                return false;
            }
        }
        return ipv6[ipv6.length - 1] == 0 || ipv6[ipv6.length - 1] == 1;
    }

    private static byte[] bytes(byte[] ipv6, int from) {
        return Arrays.copyOfRange(ipv6, from, from + IPV4_BYTES);
    }
}
