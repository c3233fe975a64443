package news.prism.http.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host to the addresses the service may connect to, each checked by the {@link AddressGuard}; one refused
 * address refuses the host, so that a name with both kinds cannot be used to reach the inside. An HTTP client that
 * resolves through this connects only to the addresses checked, for the URL and for every redirect: a name that
 * answers differently the second time (DNS rebinding) gains nothing. An IP address in the URL is read as such and
 * never looked up.
 */
public class CheckedDnsResolver implements DnsResolver {

    private final HostLookup lookup;
    private final AddressGuard guard;
    private final String users;

    /** @param users who is refused, in the message: "feeds", "webhooks" */
    public CheckedDnsResolver(HostLookup lookup, AddressGuard guard, String users) {
        this.lookup = lookup;
        this.guard = guard;
        this.users = users;
    }

    /**
     * @param host as the URL has it, an IPv6 address in brackets or not
     * @throws HostNotFoundException when the name does not resolve (now)
     * @throws HostRefusedException  when an address is refused, or the host is not spelled in a {@link HostForm}
     */
    public List<InetAddress> checkedAddresses(String host) throws HostRefusedException {
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        Optional<HostForm> form = HostForm.of(bracketed);
        if (form.isEmpty()) {
            throw new HostRefusedException(host + " is not a host name or an IP address that " + users + " may use");
        }
        List<InetAddress> addresses = resolve(bracketed, form.get());
        for (InetAddress address : addresses) {
            guard.check(host, address);
        }
        return addresses;
    }

    /**
     * Checks a URL's host as it resolves now, for a URL being added: a name that does not resolve (now) passes, as it
     * may later, and each connection checks it again.
     *
     * @throws HostRefusedException when an address is refused, or the host is not spelled in a {@link HostForm}
     */
    public void checkUnlessUnresolved(String host) throws HostRefusedException {
        try {
            checkedAddresses(host);
        } catch (HostNotFoundException e) {
            // Not a refusal: see above.
        }
    }

    private List<InetAddress> resolve(String host, HostForm form) throws HostNotFoundException {
        try {
            // A literal (IPv6 in brackets) is parsed, not looked up.
            InetAddress[] addresses = form == HostForm.DNS_NAME
                    ? lookup.lookUp(host)
                    : new InetAddress[] {InetAddress.getByName(host)};
            if (addresses == null || addresses.length == 0) {
                throw new UnknownHostException("no address for " + host);
            }
            return List.of(addresses);
        } catch (UnknownHostException e) {
            throw new HostNotFoundException(host, e);
        }
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        try {
            return checkedAddresses(host).toArray(InetAddress[]::new);
        } catch (HostRefusedException e) {
            throw new RefusedHostException(e);
        }
    }

    /** Never needed: no authentication scheme that asks for it is used; no reverse lookup. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** How a refusal passes through the HTTP client, which expects an {@link UnknownHostException}. */
    public static final class RefusedHostException extends UnknownHostException {

        private final transient HostRefusedException refusal;

        RefusedHostException(HostRefusedException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
            initCause(refusal);
        }

        public HostRefusedException refusal() {
            return refusal;
        }
    }
}
