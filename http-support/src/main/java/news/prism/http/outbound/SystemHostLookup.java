package news.prism.http.outbound;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The system's resolver, with Java's address cache. */
@Singleton
public class SystemHostLookup implements HostLookup {

    @Override
    public InetAddress[] lookUp(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
