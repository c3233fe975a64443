package news.prism.http.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** A CIDR block of IPv4 or IPv6 addresses, such as {@code 192.0.2.0/24}, and what its addresses are. */
record AddressBlock(byte[] prefix, int bits, String kind) {

    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;

    /** @param cidr an address literal and a prefix length; never looked up, as it is a literal */
    static AddressBlock of(String cidr, String kind) {
        int slash = cidr.indexOf('/');
        try {
            String literal = cidr.substring(0, slash);
            byte[] prefix = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && prefix.length == IPV4_BYTES) {
                prefix = mapped(prefix);
            }
            return new AddressBlock(prefix, Integer.parseInt(cidr.substring(slash + 1)), kind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not a CIDR block: " + cidr, e);
        }
    }

    /** Java reads an IPv4-mapped literal as the IPv4 address; the block is of IPv6 addresses all the same. */
    private static byte[] mapped(byte[] ipv4) {
        byte[] ipv6 = new byte[IPV6_BYTES];
        ipv6[10] = (byte) 0xff;
        ipv6[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, ipv6, IPV6_BYTES - IPV4_BYTES, IPV4_BYTES);
        return ipv6;
    }

    boolean contains(byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        int whole = bits / Byte.SIZE;
        if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
            return false;
        }
        int rest = bits % Byte.SIZE;
        int mask = (0xff << (Byte.SIZE - rest)) & 0xff;
        return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
    }
}
