package news.prism.notify.webhook;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.UUID;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;

/**
 * Webhooks, for editors and admins only (401 without a valid bearer token, 403 for other roles). Bad bodies are
 * answered 400 naming each field, unknown ids 404. See the service's README for the bodies.
 */
@Secured({Roles.EDITOR, Roles.ADMIN})
@Controller(WebhookController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
class WebhookController {

    static final String PATH = "/api/webhooks";

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Post
    HttpResponse<CreatedWebhook> create(ActingUser user, @Body WebhookRequest request) {
        CreatedWebhook created = webhooks.create(request, user.name());
        return HttpResponse.created(created, UriBuilder.of(PATH).path(created.webhook().id().toString()).build());
    }

    @Get
    List<Webhook> list() {
        return webhooks.all();
    }

    @Get("/{id}")
    Webhook get(String id) {
        return webhooks.get(parse(id));
    }

    @Post("/{id}/pause")
    Webhook pause(String id) {
        return webhooks.pause(parse(id));
    }

    @Post("/{id}/resume")
    Webhook resume(String id) {
        return webhooks.resume(parse(id));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(String id) {
        webhooks.delete(parse(id));
        return HttpResponse.noContent();
    }

    @Post("/{id}/rotate-secret")
    RotatedSecret rotateSecret(String id) {
        return webhooks.rotateSecret(parse(id));
    }

    @Get("/{id}/deliveries")
    List<WebhookDelivery> deliveries(String id) {
        return webhooks.deliveries(parse(id));
    }

    @Post("/{id}/redrive")
    Redriven redrive(String id) {
        return webhooks.redrive(parse(id));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Webhooks.notFound();
        }
    }
}
