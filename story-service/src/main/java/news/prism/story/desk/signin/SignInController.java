package news.prism.story.desk.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import io.micronaut.http.HttpStatus;
import news.prism.story.desk.DeskSettings;
import news.prism.story.desk.DeskViews;

/**
 * {@code /desk/sign-in}: the editor pastes a bearer token of the identity provider ({@code ./prism token} for the
 * local stack), which the desk keeps in its cookie; {@code /desk/sign-out} forgets it. The token is not checked
 * here but on every desk request, by the same validators as the API's: a bad or expired one leads back here.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller(DeskSettings.ROOT)
public class SignInController {

    static final String VIEW = "desk/signIn";
    private static final String NEED_TOKEN = "Paste the bearer token the identity provider gave you.";
    private static final String REFUSED = "That token was not accepted (expired, not signed by Prism's identity "
            + "provider, or without a user); get a new one and sign in again.";

    private final DeskCookie cookie;
    private final DeskViews views;

    public SignInController(DeskCookie cookie, DeskViews views) {
        this.cookie = cookie;
        this.views = views;
    }

    @Get("/sign-in")
    public HttpResponse<String> form(@Nullable @QueryValue String refused) {
        return views.ok(VIEW, new SignInPage(refused == null ? null : REFUSED));
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(@Nullable @Body SignInForm form) {
        String token = form == null || form.token() == null ? "" : form.token().strip();
        if (token.isEmpty()) {
            return views.respond(HttpStatus.UNPROCESSABLE_ENTITY, VIEW, new SignInPage(NEED_TOKEN));
        }
        return HttpResponse.seeOther(URI.create(DeskSettings.ROOT)).cookie(cookie.holding(token));
    }

    @Post("/sign-out")
    public HttpResponse<?> signOut() {
        return HttpResponse.seeOther(URI.create(DeskSettings.ROOT + "/sign-in")).cookie(cookie.cleared());
    }
}
