package news.prism.notify.subscription;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;

/**
 * Checks a subscribe request, from JSON or from the reader's subscribe form, and names every bad field at once
 * (which bean-validation annotations would not do for list elements across both request forms).
 */
@Singleton
public class SubscriptionRules {

    private final SubscriptionSettings settings;

    public SubscriptionRules(SubscriptionSettings settings) {
        this.settings = settings;
    }

    /**
     * @param topicsField the name the client used for the topics: {@code topics} in JSON, {@code topic} in the form
     * @throws Invalid naming each bad field
     */
    public ValidSubscription check(@Nullable String email, @Nullable List<String> topics, String topicsField) {
        List<FieldError> errors = new ArrayList<>();
        String address = email == null ? "" : EmailAddresses.normalize(email);
        if (address.isEmpty()) {
            errors.add(new FieldError("email", "must not be blank"));
        } else if (address.length() > EmailAddresses.MAX_LENGTH) {
            errors.add(new FieldError("email", "must be at most " + EmailAddresses.MAX_LENGTH + " characters"));
        } else if (!EmailAddresses.isValid(address)) {
            errors.add(new FieldError("email", "must be a valid e-mail address"));
        }
        Set<String> slugs = new LinkedHashSet<>();
        if (topics == null || topics.isEmpty()) {
            errors.add(new FieldError(topicsField, "must name at least one topic"));
        } else if (topics.size() > settings.maxTopics()) {
            errors.add(new FieldError(topicsField, "must name at most " + settings.maxTopics() + " topics"));
        } else {
            for (int i = 0; i < topics.size(); i++) {
                String topic = topics.get(i) == null ? "" : topics.get(i).strip();
                if (!TopicSlugs.isSlug(topic)) {
                    errors.add(new FieldError(topicsField + "[" + i + "]", TopicSlugs.RULE));
                } else {
                    slugs.add(topic);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new ValidSubscription(address, slugs);
    }
}
