package news.prism.notify.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What the preferences page posts. {@code action} {@code save} (the default) sets {@code frequency[i]} for
 * {@code topic[i]} and the schedule fields, {@code leave} leaves the one {@code topic}, {@code leave-all} stops all
 * mail, {@code revoke} makes every link to the page stop working.
 */
@Serdeable
public record PreferencesForm(@Nullable String action, @Nullable List<String> topic, @Nullable List<String> frequency,
                              @Nullable String timeZone, @Nullable String sendTime, @Nullable String weekday) {
}
