package news.prism.notify.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One topic to keep, with its frequency ({@code EACH_STORY}, {@code DAILY} or {@code WEEKLY}). */
@Serdeable
public record TopicChoice(@Nullable String topic, @Nullable String frequency) {
}
