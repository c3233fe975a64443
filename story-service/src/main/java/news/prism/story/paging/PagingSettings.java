package news.prism.story.paging;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Positive;

/** {@code prism.paging.*}: how many items a page of a list holds when {@code limit} is not given, and at most. */
@ConfigurationProperties("prism.paging")
public record PagingSettings(@Positive int defaultLimit, @Positive int maxLimit) {
}
