package news.prism.notify.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a webhook can be told about. {@link #wireName()} is how the API names it ({@code story.published}); the
 * CloudEvent of a delivery has the {@link #cloudEventType()} ({@code news.prism.story.published}).
 */
public enum WebhookEventType {
    STORY_PUBLISHED("story.published"),
    STORY_CORRECTED("story.corrected"),
    STORY_RETRACTED("story.retracted");

    private static final String CLOUD_EVENT_PREFIX = "news.prism.";

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public String cloudEventType() {
        return CLOUD_EVENT_PREFIX + wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
