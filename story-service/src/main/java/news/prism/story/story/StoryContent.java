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
        @NotBlank @Size(max = SENTENCE) String dek,
        @NotBlank @Size(max = NAME) String byline,
        @Size(max = ENTRIES) List<@NotNull @Valid Perspective> perspectives,
        @Size(max = ENTRIES) List<@NotBlank @Size(max = SENTENCE) String> notRepresented,
        boolean allRepresented,
        @Nullable @Size(max = PARAGRAPH) String whyItMatters,
        @Size(min = KEY_POINTS_MIN, max = KEY_POINTS_MAX) List<@NotBlank @Size(max = SENTENCE) String> keyPoints,
        @Size(max = KEY_FIGURES_MAX) List<@NotNull @Valid KeyFigure> keyFigures,
        @NotEmpty @Size(max = LONG_ENTRIES) List<@NotNull @Valid Block> body,
        @NotEmpty @Size(max = ENTRIES) List<@NotNull @Valid TimelineEntry> timeline,
        @NotEmpty @Size(max = ENTRIES) List<@NotNull @Valid Viewpoint> viewpoints,
        @NotEmpty @Size(max = ENTRIES) List<@NotBlank @Size(max = SENTENCE) String> unknowns,
        @NotEmpty @Size(max = ENTRIES) List<@NotNull @Valid KeyTerm> keyTerms,
        @NotEmpty @Size(max = ENTRIES) List<@NotNull @Valid FaqEntry> faq,
        @NotEmpty @Size(max = LONG_ENTRIES) List<@NotNull @Valid Source> sources) {

    public static final String FORMAT_EXPLAINER = "explainer";
    public static final int HEADLINE_MAX_LENGTH = 140;
    public static final int KEY_POINTS_MIN = 3;
    public static final int KEY_POINTS_MAX = 7;
    public static final int KEY_FIGURES_MAX = 6;
    // What one field or section may hold, so that no request can make a draft or an event of any size.
    static final int KEY = 64;
    static final int NAME = 200;
    static final int SENTENCE = 500;
    static final int PARAGRAPH = 5_000;
    static final int BLOCK = 20_000;
    static final int URL = 2_048;
    static final int ENTRIES = 50;
    static final int LONG_ENTRIES = 200;
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
            @NotBlank @Size(max = KEY) @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String slug,
            @NotBlank @Size(max = NAME) String name) {
    }

    /** A stakeholder group; {@code share} is a whole percentage, computed from the sources when absent. */
    @Serdeable
    @Introspected
    public record Perspective(
            @NotBlank @Size(max = KEY) @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String key,
            @NotBlank @Size(max = NAME) String name,
            @Nullable @Min(0) @Max(100) Integer share,
            @NotBlank @Size(max = PARAGRAPH) String summary) {

        public Perspective withShare(int newShare) {
            return new Perspective(key, name, newShare, summary);
        }
    }

    /** A number as printed ({@code 17.8%}) and what it counts. */
    @Serdeable
    @Introspected
    public record KeyFigure(@NotBlank @Size(max = NAME) String value, @NotBlank @Size(max = SENTENCE) String label) {
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
            @Nullable @Size(max = BLOCK) String text,
            @Nullable @Size(max = NAME) String attribution,
            @Nullable @Size(max = SENTENCE) String caption,
            @Nullable @Size(max = SENTENCE) String alt,
            @Nullable @Size(max = URL) String imageUrl,
            @Size(max = ENTRIES) List<@NotBlank @Size(max = SENTENCE) String> items) {

        public Block {
            items = orEmpty(items);
        }
    }

    /** "How we got here": {@code when} as a person writes it, {@code date} (ISO-8601) for sorting. */
    @Serdeable
    @Introspected
    public record TimelineEntry(
            @NotBlank @Size(max = NAME) String when,
            @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO date like 2026-06-10")
            String date,
            @NotBlank @Size(max = PARAGRAPH) String text) {
    }

    /** A perspective in depth; {@code perspective} is the key of one of the story's perspectives. */
    @Serdeable
    @Introspected
    public record Viewpoint(@NotBlank @Size(max = KEY) String perspective, @NotBlank @Size(max = NAME) String tagline,
                            @NotBlank @Size(max = BLOCK) String text) {
    }

    @Serdeable
    @Introspected
    public record KeyTerm(@NotBlank @Size(max = NAME) String term, @NotBlank @Size(max = PARAGRAPH) String definition) {
    }

    @Serdeable
    @Introspected
    public record FaqEntry(@NotBlank @Size(max = SENTENCE) String question,
                           @NotBlank @Size(max = PARAGRAPH) String answer) {
    }

    /**
     * A cited source: either by hand ({@code outlet}, {@code title}, {@code url}) or by the {@code sourceId} of an
     * ingested source, whose outlet, title and url are then copied in. {@code n} defaults to the list position.
     */
    @Serdeable
    @Introspected
    public record Source(
            @Nullable @Positive Integer n,
            @Nullable @Size(max = NAME) String outlet,
            @Nullable @Size(max = SENTENCE) String title,
            @Nullable @Size(max = URL) String url,
            @NotBlank @Size(max = KEY) String perspective,
            @Nullable @Size(max = KEY) String sourceId) {
    }
}
