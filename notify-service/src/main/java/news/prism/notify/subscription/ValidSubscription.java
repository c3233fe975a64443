package news.prism.notify.subscription;

import java.util.Set;

/** A subscribe request that passed {@link SubscriptionRules}: the address normalised, the topics de-duplicated. */
public record ValidSubscription(String email, Set<String> topics) {
}
