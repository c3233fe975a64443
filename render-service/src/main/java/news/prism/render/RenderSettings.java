package news.prism.render;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import news.prism.render.page.PageAddress;

/**
 * {@code prism.render.*}: where readers reach this service and the notify service, the zone in which pages show
 * times, the site's name, and the date that, with the public host name, makes the feeds' {@code tag:} ids.
 */
@ConfigurationProperties("prism.render")
public record RenderSettings(
        @NotBlank String publicUrl,
        @NotBlank String notifyUrl,
        @NotBlank String timeZone,
        @NotBlank String siteName,
        @NotNull LocalDate tagDate) {

    /** The absolute URL of a page, as announced in PagePublished. */
    public String pageUrl(PageAddress address) {
        return absoluteUrl(address.path());
    }

    /** The absolute URL of a path on this service (a path that starts with a slash). */
    public String absoluteUrl(String path) {
        return withoutTrailingSlash(publicUrl) + path;
    }

    /** Where the subscribe form of every page posts to. */
    public String subscriptionsUrl() {
        return withoutTrailingSlash(notifyUrl) + "/api/subscriptions";
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /**
     * The authority of this site's {@code tag:} URIs (RFC 4151): the public host name, held on {@code tagDate}.
     * Feed ids must never change, so neither may this once feeds are out.
     */
    public String tagAuthority() {
        return URI.create(publicUrl).getHost() + "," + tagDate;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
