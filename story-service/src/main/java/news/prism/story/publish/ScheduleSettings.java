package news.prism.story.publish;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Positive;

/**
 * {@code prism.publishing.schedule.*}: whether this instance publishes scheduled stories ({@code enabled}; several
 * may, each story is published once), and at most how many it publishes in one round. How often it looks
 * ({@code poll-every}) is read by {@link SchedulePoller}'s {@code @Scheduled}.
 */
@ConfigurationProperties("prism.publishing.schedule")
public record ScheduleSettings(boolean enabled, @Positive int maxPerRound) {
}
