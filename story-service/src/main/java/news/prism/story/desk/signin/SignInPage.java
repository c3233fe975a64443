package news.prism.story.desk.signin;

import io.micronaut.core.annotation.Nullable;

/** The sign-in page, with why the last attempt failed if it did. */
public record SignInPage(@Nullable String problem) {
}
