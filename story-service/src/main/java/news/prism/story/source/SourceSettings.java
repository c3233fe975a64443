package news.prism.story.source;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code prism.sources.*}: how many characters of a source's text the local copy keeps. */
@ConfigurationProperties("prism.sources")
public record SourceSettings(@Bindable(defaultValue = "600") int excerptLength) {
}
