package news.prism.story.story;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Everything an editor writes of an explainer story, with the field names of story-anatomy.md. It is the body of
 * {@code POST/PUT /api/stories}, the stored draft ({@code stories.content}) and, with the shares filled in, an
 * approved version ({@code story_versions.content}).
 *
 * <p>The annotations are the shape rules of a single field; the rules that relate fields to each other are in
 * {@link StoryShape} and {@code review.IntegrityCheck}. Sections the anatomy lets be empty ({@code keyFigures},
 * {@code notRepresented}) may be left out; every other list must have entries.
 */
@Serdeable
@Introspected
public record StoryContent(
        @Pattern(regexp = FORMAT_EXPLAINER, message = "must be " + FORMAT_EXPLAINER) String format,
        @NotNull @Valid Topic topic,
        @NotBlank @Size(max = HEADLINE_MAX_LENGTH) String headline,
        @NotBlank String dek,
        @NotBlank String byline,
        List<@NotNull @Valid Perspective> perspectives,
        List<@NotBlank String> notRepresented,
        boolean allRepresented,
        @Nullable String whyItMatters,
        @Size(min = KEY_POINTS_MIN, max = KEY_POINTS_MAX) List<@NotBlank String> keyPoints,
        @Size(max = KEY_FIGURES_MAX) List<@NotNull @Valid KeyFigure> keyFigures,
        @NotEmpty List<@NotNull @Valid Block> body,
        @NotEmpty List<@NotNull @Valid TimelineEntry> timeline,
        @NotEmpty List<@NotNull @Valid Viewpoint> viewpoints,
        @NotEmpty List<@NotBlank String> unknowns,
        @NotEmpty List<@NotNull @Valid KeyTerm> keyTerms,
        @NotEmpty List<@NotNull @Valid FaqEntry> faq,
        @NotEmpty List<@NotNull @Valid Source> sources) {

    public static final String FORMAT_EXPLAINER = "explainer";
    public static final int HEADLINE_MAX_LENGTH = 140;
    public static final int KEY_POINTS_MIN = 3;
    public static final int KEY_POINTS_MAX = 7;
    public static final int KEY_FIGURES_MAX = 6;
    static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String KEY_MESSAGE = "must be lower-case letters and digits, words joined by '-'";

    public StoryContent {
        format = format == null ? FORMAT_EXPLAINER : format;
        perspectives = orEmpty(perspectives);
        notRepresented = orEmpty(notRepresented);
        keyPoints = orEmpty(keyPoints);
        keyFigures = orEmpty(keyFigures);
        body = orEmpty(body);
        timeline = orEmpty(timeline);
        viewpoints = orEmpty(viewpoints);
        unknowns = orEmpty(unknowns);
        keyTerms = orEmpty(keyTerms);
        faq = orEmpty(faq);
        sources = orEmpty(sources);
    }

    public StoryContent withSources(List<Source> newSources) {
        return new StoryContent(format, topic, headline, dek, byline, perspectives, notRepresented, allRepresented,
                whyItMatters, keyPoints, keyFigures, body, timeline, viewpoints, unknowns, keyTerms, faq, newSources);
    }

    public StoryContent withPerspectives(List<Perspective> newPerspectives) {
        return new StoryContent(format, topic, headline, dek, byline, newPerspectives, notRepresented, allRepresented,
                whyItMatters, keyPoints, keyFigures, body, timeline, viewpoints, unknowns, keyTerms, faq, sources);
    }

    // A list may hold nulls (sent as JSON null): bean validation names them, so they are kept as sent.
    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The series the story belongs to; readers subscribe per topic. */
    @Serdeable
    @Introspected
    public record Topic(
            @NotBlank @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String slug,
            @NotBlank String name) {
    }

    /** A stakeholder group; {@code share} is a whole percentage, computed from the sources when absent. */
    @Serdeable
    @Introspected
    public record Perspective(
            @NotBlank @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String key,
            @NotBlank String name,
            @Nullable @Min(0) @Max(100) Integer share,
            @NotBlank String summary) {

        public Perspective withShare(int newShare) {
            return new Perspective(key, name, newShare, summary);
        }
    }

    /** A number as printed ({@code 17.8%}) and what it counts. */
    @Serdeable
    @Introspected
    public record KeyFigure(@NotBlank String value, @NotBlank String label) {
    }

    /**
     * One block of the body. Which of the optional fields a type needs (a quote's attribution, a figure's alt
     * text, a list's items) is checked by {@link StoryShape}.
     */
    @Serdeable
    @Introspected
    public record Block(
            @NotBlank @Pattern(regexp = "paragraph|heading|quote|figure|list",
                    message = "must be one of paragraph, heading, quote, figure, list") String type,
            @Nullable String text,
            @Nullable String attribution,
            @Nullable String caption,
            @Nullable String alt,
            @Nullable String imageUrl,
            List<@NotBlank String> items) {

        public Block {
            items = orEmpty(items);
        }
    }

    /** "How we got here": {@code when} as a person writes it, {@code date} (ISO-8601) for sorting. */
    @Serdeable
    @Introspected
    public record TimelineEntry(
            @NotBlank String when,
            @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO date like 2026-06-10")
            String date,
            @NotBlank String text) {
    }

    /** A perspective in depth; {@code perspective} is the key of one of the story's perspectives. */
    @Serdeable
    @Introspected
    public record Viewpoint(@NotBlank String perspective, @NotBlank String tagline, @NotBlank String text) {
    }

    @Serdeable
    @Introspected
    public record KeyTerm(@NotBlank String term, @NotBlank String definition) {
    }

    @Serdeable
    @Introspected
    public record FaqEntry(@NotBlank String question, @NotBlank String answer) {
    }

    /**
     * A cited source: either by hand ({@code outlet}, {@code title}, {@code url}) or by the {@code sourceId} of an
     * ingested source, whose outlet, title and url are then copied in. {@code n} defaults to the list position.
     */
    @Serdeable
    @Introspected
    public record Source(
            @Nullable @Positive Integer n,
            @Nullable String outlet,
            @Nullable String title,
            @Nullable String url,
            @NotBlank String perspective,
            @Nullable String sourceId) {
    }
}
