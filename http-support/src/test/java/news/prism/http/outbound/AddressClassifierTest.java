package news.prism.http.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every block of the IANA special-purpose registries, judged on address literals: reading a literal looks nothing up
 * and connects to nothing. The guard's decision is tested with {@code allow-private-addresses} off.
 */
class AddressClassifierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0                  | an unspecified address
            0.1.2.3                  | an unspecified address
            10.0.0.1                 | a private address
            10.255.255.255           | a private address
            100.64.0.1               | a shared (carrier-grade NAT) address
            100.127.255.254          | a shared (carrier-grade NAT) address
            127.0.0.1                | a loopback address
            127.10.20.30             | a loopback address
            169.254.169.254          | a link-local address
            172.16.0.1               | a private address
            172.31.255.254           | a private address
            192.0.0.1                | an IETF protocol assignment address
            192.0.0.255              | an IETF protocol assignment address
            192.0.2.10               | a documentation address
            192.88.99.1              | a 6to4 relay anycast address
            192.168.1.20             | a private address
            198.18.0.1               | a benchmarking address
            198.19.255.255           | a benchmarking address
            198.51.100.7             | a documentation address
            203.0.113.99             | a documentation address
            224.0.0.251              | a multicast address
            239.255.255.250          | a multicast address
            240.0.0.1                | a reserved address
            255.255.255.254          | a reserved address
            255.255.255.255          | the broadcast address
            ::                       | an unspecified address
            ::1                      | a loopback address
            64:ff9b:1::a00:1         | a local-use NAT64 address
            64:ff9b:1:ffff::808:808  | a local-use NAT64 address
            100::1                   | a discard-only address
            100::ffff:ffff:ffff:ffff | a discard-only address
            2001:2::1                | an IETF protocol assignment address
            2001:1ff:ffff::1         | an IETF protocol assignment address
            2001:db8::1              | a documentation address
            2001:db8:ffff::1         | a documentation address
            3fff::1                  | a documentation address
            3fff:fff::1              | a documentation address
            5f00::1                  | a segment routing (SRv6) address
            fc00::1                  | a private address
            fd12:3456:789a::1        | a private address
            fe80::1                  | a link-local address
            febf::1                  | a link-local address
            fec0::1                  | a private address
            ff02::1                  | a multicast address
            ff0e::101                | a multicast address
            4000::1                  | a reserved address
            1000::1                  | a reserved address
            """)
    void namesEveryNonPublicBlock(String address, String kind) throws UnknownHostException {
        assertThat(AddressClassifier.nonPublicKind(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ::127.0.0.1         | an IPv4-compatible address embedding 127.0.0.1, a loopback address
            ::10.0.0.1          | an IPv4-compatible address embedding 10.0.0.1, a private address
            ::0.0.0.2           | an IPv4-compatible address embedding 0.0.0.2, an unspecified address
            64:ff9b::7f00:1     | a NAT64 address embedding 127.0.0.1, a loopback address
            64:ff9b::a9fe:a9fe  | a NAT64 address embedding 169.254.169.254, a link-local address
            64:ff9b::c0a8:101   | a NAT64 address embedding 192.168.1.1, a private address
            2002:7f00:1::       | a 6to4 address embedding 127.0.0.1, a loopback address
            2002:a9fe:a9fe::1   | a 6to4 address embedding 169.254.169.254, a link-local address
            2002:c000:201::1    | a 6to4 address embedding 192.0.2.1, a documentation address
            2001:0:4136:e378:8000:63bf:80ff:fffe | a Teredo address embedding 127.0.0.1, a loopback address
            2001:0:4136:e378:8000:63bf:f5ff:fffe | a Teredo address embedding 10.0.0.1, a private address
            """)
    void judgesIpv6FormsThatEmbedAnIpv4AddressByIt(String address, String kind) throws UnknownHostException {
        assertThat(AddressClassifier.nonPublicKind(InetAddress.getByName(address))).contains(kind);
    }

    @Test
    void judgesAnIpv4MappedAddressByItsIpv4AddressInEitherForm() throws UnknownHostException {
        // Java reads ::ffff:a.b.c.d as the IPv4 address; an Inet6Address can still carry the mapped form.
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;

        assertThat(AddressClassifier.nonPublicKind(Inet6Address.getByAddress(null, mapped, -1)))
                .contains("an IPv4-mapped address embedding 127.0.0.1, a loopback address");
        assertThat(AddressClassifier.nonPublicKind(InetAddress.getByName("::ffff:127.0.0.1")))
                .contains("a loopback address");
        assertThat(AddressClassifier.nonPublicKind(InetAddress.getByName("::ffff:a9fe:a9fe")))
                .contains("a link-local address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "192.169.0.1", "100.63.255.255",
            "100.128.0.1", "198.17.255.255", "198.20.0.1", "192.0.1.255", "192.0.3.0", "203.0.112.255",
            "223.255.255.255", "9.255.255.255", "11.0.0.0", "126.255.255.255", "128.0.0.0",
            "2001:4860:4860::8888", "2a00:1450:4001::1", "2001:200::1", "2001:db9::1", "3fff:1000::1",
            "2003::1", "64:ff9b::808:808", "2002:808:808::1", "::8.8.8.8", "::ffff:8.8.8.8",
            "2001:0:4136:e378:8000:63bf:f7f7:f7f7"})
    void allowsPublicAddressesIncludingThoseEmbeddedInIpv6Forms(String address) throws UnknownHostException {
        assertThat(AddressClassifier.nonPublicKind(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void aTeredoAddressIsRefusedWhenItsServerIsNotPublicEither() throws UnknownHostException {
        // Server 10.0.0.1, client 8.8.8.8 (inverted: f7f7:f7f7).
        assertThat(AddressClassifier.nonPublicKind(InetAddress.getByName("2001:0:a00:1::f7f7:f7f7")))
                .contains("a Teredo address embedding 10.0.0.1, a private address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "169.254.169.254", "192.168.0.1", "fd00::5", "::",
            "100.64.0.1", "192.0.2.1", "2001:db8::1", "::127.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::1"})
    void theGuardRefusesANonPublicAddressAndSaysWhy(String address) throws UnknownHostException {
        PublicAddressGuard guard = new PublicAddressGuard(false, "feeds");
        InetAddress literal = InetAddress.getByName(address);

        assertThatThrownBy(() -> guard.check("feeds.example", literal))
                .isInstanceOf(HostRefusedException.class)
                .hasMessageStartingWith("feeds.example resolves to ")
                .hasMessageContaining("(" + literal.getHostAddress() + ")")
                .hasMessageEndingWith("which feeds may not use");
    }

    @ParameterizedTest(name = "allow-private-addresses {0}: {1} allowed")
    @CsvSource({
            "false, 8.8.8.8",
            "false, 2001:4860:4860::8888",
            "false, 64:ff9b::808:808",
            "true, 127.0.0.1",
            "true, 10.1.2.3",
            "true, ::1"})
    void theGuardAllowsPublicAddressesAndEveryAddressWhenConfiguredTo(boolean allowPrivateAddresses, String address)
            throws UnknownHostException {
        PublicAddressGuard guard = new PublicAddressGuard(allowPrivateAddresses, "feeds");
        InetAddress literal = InetAddress.getByName(address);

        assertThatCode(() -> guard.check("feeds.example", literal)).doesNotThrowAnyException();
    }
}
