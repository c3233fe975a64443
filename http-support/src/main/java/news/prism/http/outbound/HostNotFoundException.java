package news.prism.http.outbound;

import java.net.UnknownHostException;

/** A host does not resolve (now): not a refusal of the address, which may resolve later. */
public class HostNotFoundException extends HostRefusedException {

    public HostNotFoundException(String host, UnknownHostException cause) {
        super("the host " + host + " could not be resolved", cause);
    }
}
