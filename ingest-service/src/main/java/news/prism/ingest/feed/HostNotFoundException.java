package news.prism.ingest.feed;

import java.net.UnknownHostException;

/** A feed's host does not resolve (now): not a refusal of the address, which may resolve later. */
public class HostNotFoundException extends FeedRefusedException {

    public HostNotFoundException(String host, UnknownHostException cause) {
        super("the host " + host + " could not be resolved", cause);
    }
}
