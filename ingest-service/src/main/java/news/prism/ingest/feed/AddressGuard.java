package news.prism.ingest.feed;

import java.net.InetAddress;

/** Decides whether the service may connect to an address a feed's host resolved to. */
public interface AddressGuard {

    /** @throws FeedRefusedException naming the host, the address and why it is refused */
    void check(String host, InetAddress address) throws FeedRefusedException;
}
