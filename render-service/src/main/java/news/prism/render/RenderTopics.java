package news.prism.render;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/** {@code prism.topics.*}: the topics this service reads ({@code stories}) and writes ({@code pages}). */
@ConfigurationProperties("prism.topics")
public record RenderTopics(
        @NotBlank String stories,
        @NotBlank String pages) {
}
