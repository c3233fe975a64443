package news.prism.notify.webhook;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import news.prism.http.outbound.CheckedDnsResolver;
import news.prism.http.outbound.HostLookup;
import news.prism.http.outbound.PublicAddressGuard;

/**
 * The resolver webhook URLs are checked and delivered through: http-support's address guard, the one feeds pass
 * too, allowing private addresses only when {@code prism.notify.webhooks.allow-private-addresses} is set.
 */
@Factory
class WebhookAddressing {

    private static final String USERS = "webhooks";

    @Singleton
    CheckedDnsResolver webhookResolver(HostLookup lookup, WebhookSettings settings) {
        return new CheckedDnsResolver(lookup, new PublicAddressGuard(settings.allowPrivateAddresses(), USERS), USERS);
    }
}
