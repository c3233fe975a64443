package news.prism.notify.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import news.prism.errors.Invalid;
import news.prism.notify.web.PublicLinks;
import news.prism.notify.web.TokenParameter;

/**
 * The preferences page every mail links to. The link's token is all a reader needs (no password); every form on the
 * page posts back to the same link. Readers are anonymous: no bearer token is expected.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller(PublicLinks.PREFERENCES_PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
class PreferencesController {

    private final PreferenceRules rules;
    private final Preferences preferences;
    private final PreferencesPage page;

    PreferencesController(PreferenceRules rules, Preferences preferences, PreferencesPage page) {
        this.rules = rules;
        this.preferences = preferences;
        this.page = page;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(@QueryValue @Nullable String token) {
        String required = TokenParameter.required(token);
        return page.respond(required, preferences.view(required), "");
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> change(@QueryValue @Nullable String token, @Body PreferencesForm form) {
        String required = TokenParameter.required(token);
        String action = form.action() == null ? "save" : form.action();
        return switch (action) {
            case "save" -> page.respond(required, preferences.change(required, rules.check(form)), "Saved.");
            case "leave" -> {
                String topic = rules.topicToLeave(form);
                yield page.respond(required, preferences.leave(required, topic), "You left " + topic + ".");
            }
            case "leave-all" -> page.respond(required, preferences.leaveAll(required),
                    "You left all topics and get no more mail from us.");
            case "revoke" -> {
                preferences.revokeLinks(required);
                yield page.linksRevoked();
            }
            default -> throw new Invalid("action", "must be save, leave, leave-all or revoke");
        };
    }
}
