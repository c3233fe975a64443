package news.prism.http.outbound;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a URL names its host, of the three spellings outbound URLs (feeds, webhooks) may use: a DNS name, an IPv4 address as four decimal numbers
 * without leading zeros, or an IPv6 address in brackets (without a zone). Anything a resolver or a browser might read
 * as an IPv4 address in another spelling ({@code 0177.0.0.1}, {@code 0x7f.1}, {@code 2130706433}, {@code 127.1}) is
 * none of them: a name whose last label is a number is taken for an address, as the WHATWG URL standard does.
 */
public enum HostForm {
    DNS_NAME,
    IPV4,
    IPV6;

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern DOTTED_QUAD = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-fA-F:.]+]");
    private static final int MAX_NAME_LENGTH = 253;

    /** @param host as {@link java.net.URI#getHost()} gives it, brackets and all */
    public static Optional<HostForm> of(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        if (host.startsWith("[")) {
            return IPV6_LITERAL.matcher(host).matches() ? Optional.of(IPV6) : Optional.empty();
        }
        if (DOTTED_QUAD.matcher(host).matches()) {
            return Optional.of(IPV4);
        }
        String[] labels = host.split("\\.", -1);
        if (host.length() > MAX_NAME_LENGTH || NUMBER.matcher(labels[labels.length - 1]).matches()) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(DNS_NAME);
    }
}
