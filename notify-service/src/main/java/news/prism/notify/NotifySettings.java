package news.prism.notify;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.notify.*}: {@code public-url}, where readers reach this service ({@code PRISM_NOTIFY_PUBLIC_URL}), the
 * base of the confirm and unsubscribe links in mails; {@code site-name}, the name readers know the site by, on the
 * pages and in the mails. The mail senders and subscriptions have settings records of their own
 * ({@code prism.notify.mail.*}, {@code prism.notify.subscriptions.*}).
 */
@ConfigurationProperties("prism.notify")
public record NotifySettings(String publicUrl, String siteName) {
}
