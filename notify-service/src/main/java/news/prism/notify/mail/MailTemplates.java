package news.prism.notify.mail;

import jakarta.inject.Singleton;
import java.util.Map;
import news.prism.notify.web.Templates;

/**
 * The two parts of every mail (multipart/alternative): {@code mail/<name>.jte}, HTML for mail clients (inline CSS,
 * a 600 px table layout), and {@code text/<name>.jte} under {@code src/main/jte-text}, the plain text.
 */
@Singleton
public class MailTemplates {

    private final Templates templates;

    public MailTemplates(Templates templates) {
        this.templates = templates;
    }

    public Body render(String name, Map<String, Object> parameters) {
        return new Body(templates.text("text/" + name, parameters), templates.html("mail/" + name, parameters));
    }

    public record Body(String text, String html) {
    }
}
