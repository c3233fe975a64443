package news.prism.notify.preferences;

import io.micronaut.core.annotation.Nullable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import news.prism.notify.subscription.Frequency;

/**
 * Checked changes to a reader's preferences: a null schedule field stays as it is; {@code frequencies} sets the
 * frequency of those topics, each named in the request by the field in {@code topicFields}; {@code keepOnly}, when
 * present, leaves every other topic.
 */
record PreferenceChanges(@Nullable ZoneId timeZone, @Nullable LocalTime sendTime, @Nullable DayOfWeek weekday,
                         Map<String, Frequency> frequencies, Map<String, String> topicFields,
                         @Nullable Set<String> keepOnly) {
}
