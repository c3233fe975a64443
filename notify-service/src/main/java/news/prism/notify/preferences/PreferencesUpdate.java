package news.prism.notify.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * {@code PUT /api/subscriptions/preferences}: a field left out stays as it is. {@code topics} lists the topics to
 * keep, each with its frequency; the reader's other topics are left, and an empty list leaves them all.
 */
@Serdeable
public record PreferencesUpdate(@Nullable String timeZone, @Nullable String sendTime, @Nullable String weekday,
                                @Nullable List<TopicChoice> topics) {
}
