package news.prism.notify.confirmation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import news.prism.errors.Invalid;
import news.prism.notify.web.Pages;
import news.prism.notify.web.PublicLinks;

/** The link in the confirmation mail. Readers are anonymous: no bearer token is expected. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ConfirmationController {

    private final Confirmations confirmations;
    private final Pages pages;

    ConfirmationController(Confirmations confirmations, Pages pages) {
        this.confirmations = confirmations;
        this.pages = pages;
    }

    @Get(uri = PublicLinks.CONFIRM_PATH, produces = MediaType.TEXT_HTML)
    HttpResponse<String> confirm(@QueryValue @Nullable String token) {
        if (token == null || token.isBlank()) {
            throw new Invalid("token", "must not be blank");
        }
        Confirmed confirmed = confirmations.confirm(token);
        return pages.respond(HttpStatus.OK, "confirmed", Map.of("topics", confirmed.topics(),
                "preferencesLink", confirmed.preferencesLink()));
    }
}
