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
import news.prism.notify.web.Html;
import news.prism.notify.web.HtmlPage;

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

    SubscriptionController(SubscriptionRules rules, Subscriptions subscriptions) {
        this.rules = rules;
        this.subscriptions = subscriptions;
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
        if (accepted.status() == SubscriberStatus.ACTIVE) {
            return HtmlPage.respond(HttpStatus.ACCEPTED, "You're already subscribed",
                    "<p>" + Html.escape(subscription.email()) + " already gets these stories.</p>");
        }
        return HtmlPage.respond(HttpStatus.ACCEPTED, "Check your inbox",
                "<p>We are sending a link to " + Html.escape(subscription.email())
                        + ". Follow it to confirm your subscription; until then you get no stories from us.</p>");
    }
}
