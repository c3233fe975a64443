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
import java.util.Map;
import news.prism.errors.Invalid;
import news.prism.notify.web.Pages;
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
    private final Pages pages;

    UnsubscribeController(Unsubscriptions unsubscriptions, PublicLinks links, Pages pages) {
        this.unsubscriptions = unsubscriptions;
        this.links = links;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(@QueryValue @Nullable String token) {
        unsubscriptions.checkToken(required(token));
        return pages.respond(HttpStatus.OK, "unsubscribe", Map.of("action", links.unsubscribe(token)));
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_JSON})
    HttpResponse<String> unsubscribe(@QueryValue @Nullable String token) {
        unsubscriptions.unsubscribe(required(token));
        return pages.respond(HttpStatus.OK, "unsubscribed", Map.of());
    }

    private static String required(@Nullable String token) {
        if (token == null || token.isBlank()) {
            throw new Invalid("token", "must not be blank");
        }
        return token;
    }
}
