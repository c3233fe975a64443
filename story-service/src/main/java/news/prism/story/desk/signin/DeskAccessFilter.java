package news.prism.story.desk.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.Optional;
import news.prism.story.desk.DeskSettings;

/**
 * Guards the desk's pages. Against cross-site request forgery: the token cookie is SameSite=Strict, so no other
 * site's form carries it, and on top every form post must come from a page of this host (its {@code Origin}, or
 * without one its {@code Referer}, names the host the request was sent to), else 403. A page whose token is
 * missing, expired or refused by the validators (401) leads to the sign-in page instead, and the cookie is cleared.
 */
@ServerFilter({DeskSettings.ROOT, DeskSettings.ROOT + "/**"})
public class DeskAccessFilter implements Ordered {

    private static final String SIGN_IN = DeskSettings.ROOT + "/sign-in";

    private final DeskCookie cookie;

    public DeskAccessFilter(DeskCookie cookie) {
        this.cookie = cookie;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> sameOrigin(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || fromThisHost(request)) {
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("A desk form must be sent from a desk page of this host.");
    }

    @ResponseFilter
    public void signInAgain(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus() == HttpStatus.UNAUTHORIZED && !request.getPath().equals(SIGN_IN)) {
            boolean hadToken = request.getCookies().contains(cookie.name());
            response.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, SIGN_IN + (hadToken ? "?refused=1" : ""))
                    .cookie(cookie.cleared())
                    .body(null);
        }
    }

    private static boolean fromThisHost(HttpRequest<?> request) {
        Optional<String> host = Optional.ofNullable(request.getHeaders().get(HttpHeaders.HOST));
        Optional<String> from = Optional.ofNullable(request.getHeaders().get(HttpHeaders.ORIGIN))
                .or(() -> Optional.ofNullable(request.getHeaders().get(HttpHeaders.REFERER)));
        return host.isPresent() && from.flatMap(DeskAccessFilter::authority).filter(host.get()::equalsIgnoreCase)
                .isPresent();
    }

    private static Optional<String> authority(String address) {
        try {
            return Optional.ofNullable(URI.create(address).getRawAuthority());
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    /** Before the security filter, so that its 401 passes through {@link #signInAgain} on the way out. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
