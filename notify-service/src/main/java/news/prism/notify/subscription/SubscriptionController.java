package news.prism.notify.subscription;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import news.prism.notify.web.Pages;

/**
 * Readers subscribe here, as JSON or from the subscribe box of a story page (an HTML form). Readers are anonymous,
 * so unlike the editors' write requests of the other services these need no bearer token.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/subscriptions")
@ExecuteOn(TaskExecutors.BLOCKING)
class SubscriptionController {

    private final SubscriptionRules rules;
    private final Subscriptions subscriptions;
    private final Pages pages;

    SubscriptionController(SubscriptionRules rules, Subscriptions subscriptions, Pages pages) {
        this.rules = rules;
        this.subscriptions = subscriptions;
        this.pages = pages;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<SubscriptionAccepted> subscribe(@Body SubscribeRequest request) {
        ValidSubscription subscription = rules.check(request.email(), request.topics(), "topics");
        return HttpResponse.accepted().body(subscriptions.subscribe(subscription));
    }

    /** The story page's subscribe box posts {@code email} and one or more {@code topic} fields. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> subscribeFromForm(@Body SubscribeForm form) {
        ValidSubscription subscription = rules.check(form.email(), form.topic(), "topic");
        SubscriptionAccepted accepted = subscriptions.subscribe(subscription);
        String page = accepted.status() == SubscriberStatus.ACTIVE ? "alreadySubscribed" : "checkInbox";
        return pages.respond(HttpStatus.ACCEPTED, page, Map.of("email", subscription.email()));
    }
}
