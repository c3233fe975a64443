package news.prism.notify.web;

import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.prism.notify.NotifySettings;

/** The links in mails, under {@code prism.notify.public-url}: the address readers reach this service at. */
@Singleton
public class PublicLinks {

    public static final String CONFIRM_PATH = "/subscriptions/confirm";
    public static final String UNSUBSCRIBE_PATH = "/subscriptions/unsubscribe";
    public static final String PREFERENCES_PATH = "/subscriptions/preferences";

    private final String base;

    public PublicLinks(NotifySettings settings) {
        String publicUrl = settings.publicUrl();
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String confirm(String token) {
        return base + CONFIRM_PATH + "?token=" + encode(token);
    }

    public String unsubscribe(String token) {
        return base + UNSUBSCRIBE_PATH + "?token=" + encode(token);
    }

    public String preferences(String token) {
        return base + PREFERENCES_PATH + "?token=" + encode(token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
