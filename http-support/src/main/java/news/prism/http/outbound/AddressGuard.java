package news.prism.http.outbound;

import java.net.InetAddress;

/** Decides whether the service may connect to an address a host resolved to. */
@FunctionalInterface
public interface AddressGuard {

    /** @throws HostRefusedException naming the host, the address and why it is refused */
    void check(String host, InetAddress address) throws HostRefusedException;
}
