package news.prism.notify.subscription;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The subscribe box of a story page: {@code email} and one or more {@code topic} fields, form-encoded. */
@Serdeable
public record SubscribeForm(@Nullable String email, @Nullable List<String> topic) {
}
