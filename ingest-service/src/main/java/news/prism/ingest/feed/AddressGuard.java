package news.prism.ingest.feed;

import java.net.URI;

/** Decides whether the service may connect to the host of a URL. */
public interface AddressGuard {

    /** @throws FeedRefusedException naming the address and why it is refused */
    void check(URI url) throws FeedRefusedException;
}
