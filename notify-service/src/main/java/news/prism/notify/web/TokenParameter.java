package news.prism.notify.web;

import io.micronaut.core.annotation.Nullable;
import news.prism.errors.Invalid;

/** The {@code token} query parameter of a link from a mail: missing or blank is a bad request, not an unknown link. */
public final class TokenParameter {

    private TokenParameter() {
    }

    public static String required(@Nullable String token) {
        if (token == null || token.isBlank()) {
            throw new Invalid("token", "must not be blank");
        }
        return token;
    }
}
