package news.prism.notify.preferences;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code prism.notify.preferences.*}: how long a link to the preferences page works unless revoked earlier. */
@ConfigurationProperties("prism.notify.preferences")
public record PreferenceSettings(Duration tokenTtl) {
}
