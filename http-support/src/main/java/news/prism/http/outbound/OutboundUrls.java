package news.prism.http.outbound;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The one parser of URLs a service is given to connect to (feeds, webhooks): an absolute http(s) URL of at most
 * {@code maxLength} characters, without user info, whose host is spelled in one of the {@link HostForm}s and whose
 * port, if given, is from 1 to 65535. The message of a refusal completes "the URL ...", e.g. "must not be blank".
 */
public final class OutboundUrls {

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final int MAX_PORT = 65535;
    private static final int MAX_PORT_DIGITS = 5;

    private OutboundUrls() {
    }

    public static URI parse(String url, int maxLength) throws HostRefusedException {
        if (url == null || url.isBlank()) {
            throw new HostRefusedException("must not be blank");
        }
        if (url.length() > maxLength) {
            throw new HostRefusedException("must not be longer than " + maxLength + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw notHttp();
        }
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.isOpaque()) {
            throw notHttp();
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new HostRefusedException("must name a host");
        }
        if (authority.contains("@")) {
            throw new HostRefusedException("must not contain user info (user:password@)");
        }
        checkPort(authority);
        if (HostForm.of(uri.getHost()).isEmpty()) {
            throw new HostRefusedException("must name its host by a DNS name, an IPv4 address as four decimal "
                    + "numbers without leading zeros, or an IPv6 address in brackets");
        }
        return uri;
    }

    private static void checkPort(String authority) throws HostRefusedException {
        int colon = authority.lastIndexOf(':');
        // An IPv6 address's colons are inside its brackets; "host:" is the scheme's default port.
        if (colon <= authority.lastIndexOf(']') || colon == authority.length() - 1) {
            return;
        }
        String port = authority.substring(colon + 1);
        if (port.length() > MAX_PORT_DIGITS || !port.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(port) < 1 || Integer.parseInt(port) > MAX_PORT) {
            throw new HostRefusedException("must have a port from 1 to " + MAX_PORT);
        }
    }

    private static HostRefusedException notHttp() {
        return new HostRefusedException("must be an absolute http(s) URL");
    }
}
