package news.prism.http.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks a host name up in the DNS. */
@FunctionalInterface
public interface HostLookup {

    /** @return at least one address */
    InetAddress[] lookUp(String host) throws UnknownHostException;
}
