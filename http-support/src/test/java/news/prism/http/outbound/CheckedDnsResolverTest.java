package news.prism.http.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resolver the HTTP client connects through, with the production guard (private addresses refused) and a lookup
 * that answers from a table of literals: nothing is looked up in the DNS and nothing is connected to.
 */
class CheckedDnsResolverTest {

    private final List<String> lookedUp = new ArrayList<>();
    private final Map<String, List<String>> answers = Map.of(
            "public.example", List.of("8.8.8.8", "2001:4860:4860::8888"),
            "mixed.example", List.of("8.8.8.8", "10.0.0.5"),
            "metadata.example", List.of("169.254.169.254"),
            "nat64.example", List.of("64:ff9b::7f00:1"),
            "empty.example", List.of());
    private final HostLookup table = host -> {
        lookedUp.add(host);
        List<String> literals = answers.get(host);
        if (literals == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (String literal : literals) {
            addresses.add(InetAddress.getByName(literal));
        }
        return addresses.toArray(InetAddress[]::new);
    };
    private final CheckedDnsResolver resolver =
            new CheckedDnsResolver(table, new PublicAddressGuard(false, "feeds"), "feeds");

    @Test
    void answersTheCheckedAddressesOfAPublicName() throws Exception {
        assertThat(resolver.resolve("public.example")).extracting(InetAddress::getHostAddress)
                .containsExactly("8.8.8.8", "2001:4860:4860:0:0:0:0:8888");
    }

    @Test
    void oneRefusedAddressRefusesTheName() {
        assertThatThrownBy(() -> resolver.checkedAddresses("mixed.example"))
                .hasMessage("mixed.example resolves to a private address (10.0.0.5), which feeds may not use");
        assertThatThrownBy(() -> resolver.checkedAddresses("nat64.example"))
                .hasMessageContaining("a NAT64 address embedding 127.0.0.1, a loopback address");
    }

    @Test
    void theHttpClientHearsARefusalAsAnUnknownHostCarryingTheReason() {
        assertThatThrownBy(() -> resolver.resolve("metadata.example"))
                .isInstanceOf(CheckedDnsResolver.RefusedHostException.class)
                .isInstanceOf(UnknownHostException.class)
                .hasMessage("metadata.example resolves to a link-local address (169.254.169.254), "
                        + "which feeds may not use");
    }

    @Test
    void aNameWithoutAddressesIsNotFound() {
        assertThatThrownBy(() -> resolver.checkedAddresses("empty.example"))
                .isInstanceOf(HostNotFoundException.class);
        assertThatThrownBy(() -> resolver.checkedAddresses("unknown.example"))
                .isInstanceOf(HostNotFoundException.class)
                .hasMessage("the host unknown.example could not be resolved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]", "::1", "[::127.0.0.1]", "[::ffff:7f00:1]", "[2002:a00:1::]",
            "[2001:0:4136:e378:8000:63bf:80ff:fffe]", "192.0.2.1"})
    void readsAnIpAddressAsItIsAndNeverLooksItUp(String host) {
        assertThatThrownBy(() -> resolver.checkedAddresses(host))
                .isInstanceOf(HostRefusedException.class)
                .hasMessageEndingWith("which feeds may not use");
        assertThat(lookedUp).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0177.0.0.1", "0x7f.1", "2130706433", "127.1", "0x7f000001", "1.2.3.4.5", "a..b", ""})
    void refusesAHostInAnyOtherSpellingWithoutLookingItUp(String host) {
        assertThatThrownBy(() -> resolver.checkedAddresses(host))
                .isInstanceOf(HostRefusedException.class)
                .hasMessageEndingWith("is not a host name or an IP address that feeds may use");
        assertThat(lookedUp).isEmpty();
    }
}
