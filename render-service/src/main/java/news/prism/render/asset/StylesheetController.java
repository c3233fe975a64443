package news.prism.render.asset;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Serves the pages' one stylesheet from the service itself, so that a page needs no other host. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
public class StylesheetController {

    public static final String PATH = "/assets/prism.css";

    private static final String RESOURCE = "classpath:assets/prism.css";
    private static final MediaType CSS_UTF8 = new MediaType("text/css", Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));
    private static final String CACHE_FOR_AN_HOUR = "public, max-age=3600";

    private final String stylesheet;

    public StylesheetController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(RESOURCE)
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " is missing"))) {
            this.stylesheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(PATH)
    @Produces("text/css")
    public HttpResponse<String> stylesheet() {
        return HttpResponse.ok(stylesheet).contentType(CSS_UTF8).header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_AN_HOUR);
    }
}
