package news.prism.notify.webhook;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.http.outbound.CheckedDnsResolver;
import news.prism.http.outbound.HostRefusedException;
import news.prism.http.outbound.OutboundUrls;
import news.prism.notify.subscription.TopicSlugs;

/**
 * Checks a webhook request and names every bad field at once: {@code url} (an http(s) URL that the address guard
 * allows, the same rules as feeds), {@code topics[i]} (slugs; none for every topic), {@code eventTypes[i]}.
 */
@Singleton
class WebhookRules {

    private final WebhookSettings settings;
    private final CheckedDnsResolver resolver;

    WebhookRules(WebhookSettings settings, CheckedDnsResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /** @throws Invalid naming each bad field */
    ValidWebhook check(WebhookRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String url = url(request.url(), errors);
        List<String> topics = topics(request.topics(), errors);
        List<String> eventTypes = eventTypes(request.eventTypes(), errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new ValidWebhook(url, topics, eventTypes);
    }

    private String url(@Nullable String url, List<FieldError> errors) {
        try {
            URI checked = OutboundUrls.parse(url, settings.maxUrlLength());
            resolver.checkUnlessUnresolved(checked.getHost());
            return checked.toString();
        } catch (HostRefusedException e) {
            errors.add(new FieldError("url", e.getMessage()));
            return null;
        }
    }

    private List<String> topics(@Nullable List<String> topics, List<FieldError> errors) {
        if (topics == null) {
            return List.of();
        }
        if (topics.size() > settings.maxTopics()) {
            errors.add(new FieldError("topics", "must name at most " + settings.maxTopics() + " topics"));
            return List.of();
        }
        Set<String> slugs = new LinkedHashSet<>();
        for (int i = 0; i < topics.size(); i++) {
            String topic = topics.get(i) == null ? "" : topics.get(i).strip();
            if (TopicSlugs.isSlug(topic)) {
                slugs.add(topic);
            } else {
                errors.add(new FieldError("topics[" + i + "]", TopicSlugs.RULE));
            }
        }
        return List.copyOf(slugs);
    }

    private static List<String> eventTypes(@Nullable List<String> names, List<FieldError> errors) {
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError("eventTypes", "must name at least one of " + wireNames()));
            return List.of();
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name != null && WebhookEventType.ofWireName(name).isPresent()) {
                types.add(name);
            } else {
                errors.add(new FieldError("eventTypes[" + i + "]", "must be one of " + wireNames()));
            }
        }
        return List.copyOf(types);
    }

    private static String wireNames() {
        return String.join(", ", Arrays.stream(WebhookEventType.values()).map(WebhookEventType::wireName).toList());
    }
}
