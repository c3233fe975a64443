package news.prism.notify.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import news.prism.notify.web.TokenParameter;

/**
 * The preferences page's data as JSON, for the same token: readers are anonymous, the token of a preferences link
 * is what lets them in.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/subscriptions/preferences")
@ExecuteOn(TaskExecutors.BLOCKING)
class PreferencesApiController {

    private final PreferenceRules rules;
    private final Preferences preferences;

    PreferencesApiController(PreferenceRules rules, Preferences preferences) {
        this.rules = rules;
        this.preferences = preferences;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    PreferencesView get(@QueryValue @Nullable String token) {
        return preferences.view(TokenParameter.required(token));
    }

    @Put(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    PreferencesView put(@QueryValue @Nullable String token, @Body PreferencesUpdate update) {
        String required = TokenParameter.required(token);
        return preferences.change(required, rules.check(update));
    }
}
