package news.prism.story.desk.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The sign-in form: the pasted bearer token. */
@Serdeable
public record SignInForm(@Nullable String token) {
}
