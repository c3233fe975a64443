package news.prism.http.input;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code prism.http.input.*}: the bounds every JSON or form body is held to before it is bound, whatever its
 * fields' own limits: how deep JSON may nest, the longest text value (characters) and the longest list; and how
 * long a request may go without sending any of the body it announced before the connection is closed.
 */
@ConfigurationProperties("prism.http.input")
public record InputSettings(
        @Bindable(defaultValue = "32") int maxDepth,
        @Bindable(defaultValue = "1000000") int maxTextLength,
        @Bindable(defaultValue = "1000") int maxListSize,
        @Bindable(defaultValue = "10s") Duration bodyReadTimeout) {
}
