package news.prism.story.desk.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;
import news.prism.story.desk.DeskSettings;

/**
 * Finds the bearer token of a desk page in the desk's cookie, so that it is verified by the same token validators
 * as an {@code Authorization} header and the page acts as the token's user with the token's roles. Only requests
 * under {@code /desk} are read this way: the API takes its token from the header alone, so a cookie can never
 * make a cross-site call to it.
 */
@Singleton
public class DeskTokenReader implements TokenReader<HttpRequest<?>> {

    private final String cookieName;

    public DeskTokenReader(DeskSettings settings) {
        this.cookieName = settings.cookieName();
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        String path = request.getPath();
        if (!path.equals(DeskSettings.ROOT) && !path.startsWith(DeskSettings.ROOT + "/")) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(cookieName).map(Cookie::getValue).filter(value -> !value.isBlank());
    }
}
