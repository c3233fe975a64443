package news.prism.notify.preferences;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import news.prism.notify.subscription.SubscriberStatus;

/**
 * A reader's preferences as the page and {@code GET /api/subscriptions/preferences} show them. {@code sendTime}
 * ({@code HH:mm}) and {@code weekday} are on the clock of {@code timeZone} (an IANA id).
 */
@Serdeable
public record PreferencesView(String email, SubscriberStatus status, String timeZone, String sendTime,
                              String weekday, List<TopicPreference> topics) {
}
