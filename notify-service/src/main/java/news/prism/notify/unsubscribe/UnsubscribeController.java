package news.prism.notify.unsubscribe;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import news.prism.errors.Invalid;
import news.prism.notify.web.Html;
import news.prism.notify.web.HtmlPage;
import news.prism.notify.web.PublicLinks;

/**
 * The {@code List-Unsubscribe} target of story mails. A mail client POSTs to it without asking the reader
 * (RFC 8058, body {@code List-Unsubscribe=One-Click}, which carries nothing we need); a reader who opens the link
 * sees a page whose button makes the same POST, so that link scanners following a GET unsubscribe nobody.
 * Readers are anonymous: no bearer token is expected.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller(PublicLinks.UNSUBSCRIBE_PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnsubscribeController {

    private final Unsubscriptions unsubscriptions;
    private final PublicLinks links;

    UnsubscribeController(Unsubscriptions unsubscriptions, PublicLinks links) {
        this.unsubscriptions = unsubscriptions;
        this.links = links;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(@QueryValue @Nullable String token) {
        unsubscriptions.checkToken(required(token));
        String action = links.unsubscribe(token);
        return HtmlPage.respond(HttpStatus.OK, "Unsubscribe", """
                <p>Stop all story mails from Prism to this address?</p>
                <form method="post" action="%s">
                <input type="hidden" name="List-Unsubscribe" value="One-Click">
                <button type="submit">Unsubscribe</button>
                </form>""".formatted(Html.escape(action)));
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_JSON})
    HttpResponse<String> unsubscribe(@QueryValue @Nullable String token) {
        unsubscriptions.unsubscribe(required(token));
        return HtmlPage.respond(HttpStatus.OK, "You're unsubscribed",
                "<p>You will get no more story mails from Prism. Subscribe again on any story page.</p>");
    }

    private static String required(@Nullable String token) {
        if (token == null || token.isBlank()) {
            throw new Invalid("token", "must not be blank");
        }
        return token;
    }
}
