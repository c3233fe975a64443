package news.prism.http.outbound;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Allows only public unicast addresses (see {@link AddressClassifier}), unless the service is configured to allow
 * every address, as a local stack or a test with its counterpart on its own host is.
 */
public class PublicAddressGuard implements AddressGuard {

    private final boolean allowPrivateAddresses;
    private final String users;

    /** @param users who is refused, in the message: "feeds", "webhooks" */
    public PublicAddressGuard(boolean allowPrivateAddresses, String users) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.users = users;
    }

    @Override
    public void check(String host, InetAddress address) throws HostRefusedException {
        if (allowPrivateAddresses) {
            return;
        }
        Optional<String> kind = AddressClassifier.nonPublicKind(address);
        if (kind.isPresent()) {
            throw new HostRefusedException(host + " resolves to " + kind.get() + " (" + address.getHostAddress()
                    + "), which " + users + " may not use");
        }
    }
}
