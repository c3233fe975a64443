package news.prism.notify.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;
import jakarta.mail.util.StreamProvider;
import java.util.Properties;

/**
 * One mail session per application context, built from {@code javamail.properties.*}. Replaces micronaut-email's
 * default, which uses the JVM-wide default session: the first configuration in a JVM would win for every later one.
 */
@Singleton
@Requires(beans = MailPropertiesProvider.class)
class MailSessionProvider implements SessionProvider {

    static {
        // Jakarta Mail (2.1) looks up its stream provider for every body part it creates or writes, through
        // ServiceLoader, which reads the class path's service files each time (jakartaee/mail-api issues 699 and
        // 861): a sixth of a sender's CPU time over a story's fan-out. Naming the implementation in this system
        // property, which the lookup reads first, leaves only a reflective constructor call. The class is Angus Mail's,
        // the implementation on the runtime class path; a wrong name fails the first mail loudly.
        System.getProperties().putIfAbsent(StreamProvider.class.getName(),
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

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
