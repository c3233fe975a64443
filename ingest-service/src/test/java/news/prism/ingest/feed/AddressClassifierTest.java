package news.prism.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressClassifierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, a loopback address",
            "127.10.20.30, a loopback address",
            "::1, a loopback address",
            "10.0.0.1, a private address",
            "10.255.255.255, a private address",
            "172.16.0.1, a private address",
            "172.31.255.254, a private address",
            "192.168.1.20, a private address",
            "fc00::1, a private address",
            "fd12:3456:789a::1, a private address",
            "169.254.169.254, a link-local address",
            "fe80::1, a link-local address",
            "224.0.0.251, a multicast address",
            "ff02::1, a multicast address",
            "0.0.0.0, an unspecified address",
            "0.1.2.3, an unspecified address",
            ":: , an unspecified address",
            "::ffff:10.0.0.1, a private address",
            "::ffff:127.0.0.1, a loopback address",
            "100.64.0.1, a shared (carrier-grade NAT) address",
            "100.127.255.254, a shared (carrier-grade NAT) address",
            "198.18.0.1, a reserved address",
            "198.19.255.255, a reserved address",
            "240.0.0.1, a reserved address",
            "255.255.255.255, a reserved address"})
    void refusesNonPublicAddresses(String address, String kind) throws UnknownHostException {
        assertThat(AddressClassifier.nonPublicKind(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "172.15.255.255", "192.169.0.1", "100.63.255.255",
            "100.128.0.1", "198.17.255.255", "198.20.0.1",
            "2001:4860:4860::8888", "2a00:1450:4001::1"})
    void allowsPublicAddresses(String address) throws UnknownHostException {
        assertThat(AddressClassifier.nonPublicKind(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/feed.xml", "http://localhost/feed", "http://[::1]/rss",
            "http://10.1.2.3/rss", "http://169.254.169.254/latest/meta-data/", "https://192.168.0.1/feed",
            "http://[fd00::5]/atom", "http://0.0.0.0:9092/"})
    void theGuardRefusesAHostThatResolvesToANonPublicAddressAndSaysWhy(String url) {
        ResolvingAddressGuard guard = new ResolvingAddressGuard(settings(false));

        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessageContaining("resolves to a")
                .hasMessageEndingWith("which feeds may not use");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/feed.xml", "http://10.1.2.3/rss"})
    void theGuardAllowsThemWhenConfiguredTo(String url) {
        ResolvingAddressGuard guard = new ResolvingAddressGuard(settings(true));

        assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://8.8.8.8/feed", "http://[2001:4860:4860::8888]/feed"})
    void theGuardAllowsPublicAddresses(String url) {
        assertThatCode(() -> new ResolvingAddressGuard(settings(false)).check(URI.create(url)))
                .doesNotThrowAnyException();
    }

    static FeedSettings settings(boolean allowPrivateAddresses) {
        return new FeedSettings(allowPrivateAddresses, Duration.ofSeconds(2), Duration.ofSeconds(2), 64 * 1024, 3,
                "prism-test", 1, 86400, 900);
    }
}
