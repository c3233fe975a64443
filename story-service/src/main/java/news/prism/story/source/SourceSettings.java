package news.prism.story.source;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code prism.sources.*}: how many characters of a source's text the local copy keeps. */
@ConfigurationProperties("prism.sources")
public record SourceSettings(int excerptLength) {
}
