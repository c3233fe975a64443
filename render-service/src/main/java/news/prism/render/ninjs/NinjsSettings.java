package news.prism.render.ninjs;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/** {@code prism.render.ninjs.*}: the language (BCP 47) the ninjs items declare for Prism's stories. */
@ConfigurationProperties("prism.render.ninjs")
public record NinjsSettings(@NotBlank String language) {
}
