package news.prism.notify.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * One mail session per application context, built from {@code javamail.properties.*}. Replaces micronaut-email's
 * default, which uses the JVM-wide default session: the first configuration in a JVM would win for every later one.
 */
@Singleton
@Requires(beans = MailPropertiesProvider.class)
class MailSessionProvider implements SessionProvider {

    private final Session session;

    MailSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
        // Configuration binds numbers as numbers; Properties#getProperty sees only strings.
        Properties mailProperties = new Properties();
        properties.mailProperties().forEach((name, value) -> mailProperties.setProperty(
                String.valueOf(name), String.valueOf(value)));
        if (authenticator != null) {
            mailProperties.putIfAbsent("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(mailProperties, authenticator);
    }

    @Override
    public Session session() {
        return session;
    }
}
