package news.prism.http.input;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** Endpoints of every body kind a Prism service takes, for {@link StrictInputTest}. */
@Controller("/samples")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "spec.name", value = "StrictInputTest")
class SampleController {

    enum Kind { NEWS, OPINION }

    @Serdeable
    @Introspected
    record Nested(String name, @Nullable Integer share) {
    }

    @Serdeable
    @Introspected
    record Sample(@Nullable String title, int count, @Nullable Integer share, boolean flag, double ratio,
                  @Nullable List<String> items, @Nullable Nested nested, @Nullable List<Nested> nestedList,
                  @Nullable UUID id, @Nullable Kind kind) {
    }

    @Serdeable
    record SampleForm(@Nullable String email, @Nullable List<String> topic) {
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    Sample echo(@Body Sample sample) {
        return sample;
    }

    @Post(uri = "/form", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_PLAIN)
    String form(@Body SampleForm form) {
        return form.email() + " " + form.topic();
    }

    @Post(uri = "/raw", consumes = "application/ninjs+json", produces = MediaType.TEXT_PLAIN)
    String raw(@Body byte[] document) {
        return document.length + " bytes";
    }

    @Post(uri = "/fail", consumes = MediaType.APPLICATION_JSON)
    String fail(@Body Sample sample) {
        throw new IllegalStateException("ERROR: relation secret_table violates constraint near " + sample.title());
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_PLAIN)
    String byId(UUID id) {
        return id.toString();
    }
}
