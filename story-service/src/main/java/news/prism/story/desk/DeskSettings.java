package news.prism.story.desk;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code prism.desk.*}: the cookie that carries an editor's bearer token between the desk's pages, whether it is
 * sent over HTTPS only, and how many stories each list of the desk's home page shows at most.
 */
@ConfigurationProperties("prism.desk")
public record DeskSettings(
        @Bindable(defaultValue = "prism_desk") String cookieName,
        @Bindable(defaultValue = "false") boolean secureCookie,
        @Bindable(defaultValue = "50") int listLimit) {

    /** Where the desk lives; the cookie is sent only under it. */
    public static final String ROOT = "/desk";
}
