package news.prism.render;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;
import news.prism.render.page.PageAddress;

/**
 * {@code prism.render.*}: where readers reach this service and the notify service, and the zone in which pages
 * show times.
 */
@ConfigurationProperties("prism.render")
public record RenderSettings(
        @NotBlank String publicUrl,
        @NotBlank String notifyUrl,
        @NotBlank String timeZone) {

    /** The absolute URL of a page, as announced in PagePublished. */
    public String pageUrl(PageAddress address) {
        return withoutTrailingSlash(publicUrl) + address.path();
    }

    /** Where the subscribe form of every page posts to. */
    public String subscriptionsUrl() {
        return withoutTrailingSlash(notifyUrl) + "/api/subscriptions";
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
