package news.prism.notify.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import news.prism.http.outbound.CheckedDnsResolver;
import news.prism.http.outbound.CheckedDnsResolver.RefusedHostException;
import news.prism.http.outbound.OutboundHttpClients;
import news.prism.http.outbound.RequestDeadlines;
import news.prism.http.outbound.RequestDeadlines.RequestDeadline;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * POSTs a delivery to its endpoint with http-support's outbound client: hosts resolved through the
 * {@link CheckedDnsResolver}, so the address the guard allowed is the address connected to; redirects not followed
 * (a 3xx is a failed attempt); the whole exchange within {@code request-timeout}.
 */
@Singleton
class WebhookClient implements AutoCloseable {

    static final ContentType CLOUD_EVENT_JSON = ContentType.create("application/cloudevents+json",
            StandardCharsets.UTF_8);

    private final WebhookSettings settings;
    private final CloseableHttpClient client;
    private final RequestDeadlines deadlines = new RequestDeadlines("webhook-deadline");

    WebhookClient(WebhookSettings settings, CheckedDnsResolver resolver) {
        this.settings = settings;
        this.client = OutboundHttpClients.create(resolver, settings.connectTimeout(), settings.requestTimeout(),
                settings.userAgent());
    }

    /**
     * @param headers the Standard Webhooks headers, name and value in turn
     * @return the HTTP status of the answer
     * @throws DeliveryFailure when there was no answer in time, or the host was refused
     */
    int post(String url, String body, String... headers) throws DeliveryFailure {
        HttpPost request = new HttpPost(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        request.setEntity(new StringEntity(body, CLOUD_EVENT_JSON));
        try (RequestDeadline deadline = deadlines.start(request, settings.requestTimeout())) {
            try {
                // The answer's body is read and dropped, which keeps the connection reusable.
                return client.execute(request, response -> response.getCode());
            } catch (RefusedHostException e) {
                throw new DeliveryFailure("refused: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new DeliveryFailure(deadline.passed()
                        ? "no complete answer within " + settings.requestTimeout().toMillis() + " ms (timed out)"
                        : "no answer: " + e, e);
            }
        }
    }

    @PreDestroy
    @Override
    public void close() {
        deadlines.close();
        client.close(CloseMode.IMMEDIATE);
    }

    /** An attempt that got no HTTP answer; the message says why. */
    static final class DeliveryFailure extends Exception {

        DeliveryFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
