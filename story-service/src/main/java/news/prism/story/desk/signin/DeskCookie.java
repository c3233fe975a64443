package news.prism.story.desk.signin;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import news.prism.story.desk.DeskSettings;

/**
 * The cookie that keeps an editor signed in: the bearer token itself, out of reach of scripts (HttpOnly), sent only
 * to the desk's own pages and never with a request another site starts (SameSite=Strict).
 */
@Singleton
public class DeskCookie {

    private final DeskSettings settings;

    public DeskCookie(DeskSettings settings) {
        this.settings = settings;
    }

    public Cookie holding(String token) {
        return Cookie.of(settings.cookieName(), token)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(settings.secureCookie())
                .path(DeskSettings.ROOT);
    }

    public String name() {
        return settings.cookieName();
    }

    /** The same cookie, expired: the browser forgets the token. */
    public Cookie cleared() {
        return holding("").maxAge(0);
    }
}
