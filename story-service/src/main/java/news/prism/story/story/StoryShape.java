package news.prism.story.story;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import news.prism.errors.FieldError;
import news.prism.story.story.StoryContent.Block;
import news.prism.story.story.StoryContent.Perspective;
import news.prism.story.story.StoryContent.Source;

/**
 * The shape rules that bean validation cannot say field by field: what each type of body block needs, no HTML
 * anywhere, real dates, distinct perspective keys and source numbers, and the fields of a source cited by hand.
 * Checked whenever a draft is saved; the editorial rules are checked on review ({@code review.IntegrityCheck}).
 */
public final class StoryShape {

    // An opening or closing tag, a comment, CDATA or a doctype: "a < b and c > d" or "<3" are plain text.
    private static final Pattern HTML = Pattern.compile(
            "</?[a-z][a-z0-9-]*(?:\\s[^<>]*)?/?>|<!--|<!\\[CDATA\\[|<!doctype", Pattern.CASE_INSENSITIVE);

    private static final String PLAIN_TEXT = "must be plain text; HTML is not accepted";
    private static final String ABSOLUTE_HTTP = "must be an absolute http(s) URL without user name or password";

    private StoryShape() {
    }

    public static List<FieldError> check(StoryContent story) {
        List<FieldError> errors = new ArrayList<>();
        checkBlocks(story.body(), errors);
        checkPlainText(story, errors);
        checkDates(story, errors);
        checkPerspectiveKeys(story.perspectives(), errors);
        checkSources(story.sources(), errors);
        return errors;
    }

    /** The number of each source: the one given, or its position in the list counted from 1. */
    public static int numberOf(Source source, int index) {
        return source.n() != null ? source.n() : index + 1;
    }

    private static void checkBlocks(List<Block> body, List<FieldError> errors) {
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (block == null || block.type() == null) {
                continue;
            }
            String path = "body[" + i + "]";
            switch (block.type()) {
                case "paragraph", "heading" -> required(errors, path + ".text", block.text(), "a " + block.type());
                case "quote" -> {
                    required(errors, path + ".text", block.text(), "a quote");
                    required(errors, path + ".attribution", block.attribution(), "a quote");
                }
                case "figure" -> {
                    required(errors, path + ".caption", block.caption(), "a figure");
                    required(errors, path + ".alt", block.alt(), "a figure");
                }
                case "list" -> {
                    if (block.items().isEmpty()) {
                        errors.add(new FieldError(path + ".items", "a list needs at least one item"));
                    }
                }
                default -> {
                    // Unknown types are reported by bean validation.
                }
            }
            if (block.imageUrl() != null && !WebAddresses.isAbsoluteHttp(block.imageUrl())) {
                errors.add(new FieldError(path + ".imageUrl", ABSOLUTE_HTTP));
            }
        }
    }

    /** Text shown to readers beside the story (a correction note, a retraction notice) is plain text, too. */
    public static List<FieldError> checkPlainText(String path, String text) {
        return text != null && HTML.matcher(text).find()
                ? List.of(new FieldError(path, PLAIN_TEXT))
                : List.of();
    }

    private static void checkPlainText(StoryContent story, List<FieldError> errors) {
        for (StoryTexts.Text text : StoryTexts.of(story)) {
            errors.addAll(checkPlainText(text.path(), text.value()));
        }
    }

    private static void checkDates(StoryContent story, List<FieldError> errors) {
        for (int i = 0; i < story.timeline().size(); i++) {
            var entry = story.timeline().get(i);
            if (entry == null || entry.date() == null) {
                continue;
            }
            try {
                LocalDate.parse(entry.date());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("timeline[" + i + "].date", "is not a date of the calendar"));
            }
        }
    }

    private static void checkPerspectiveKeys(List<Perspective> perspectives, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < perspectives.size(); i++) {
            Perspective perspective = perspectives.get(i);
            if (perspective != null && perspective.key() != null && !seen.add(perspective.key())) {
                errors.add(new FieldError("perspectives[" + i + "].key",
                        "'" + perspective.key() + "' is declared twice"));
            }
        }
    }

    private static void checkSources(List<Source> sources, List<FieldError> errors) {
        Map<Integer, Integer> indexByNumber = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            if (source == null) {
                continue;
            }
            String path = "sources[" + i + "]";
            Integer earlier = indexByNumber.putIfAbsent(numberOf(source, i), i);
            if (earlier != null) {
                errors.add(new FieldError(path + ".n", "number " + numberOf(source, i)
                        + " is already used by sources[" + earlier + "]"));
            }
            if (source.sourceId() == null) {
                String byHand = "a source cited by hand (without sourceId)";
                required(errors, path + ".outlet", source.outlet(), byHand);
                required(errors, path + ".title", source.title(), byHand);
                required(errors, path + ".url", source.url(), byHand);
            }
            if (WebAddresses.isNeverFollowable(source.url())) {
                errors.add(new FieldError(path + ".url", ABSOLUTE_HTTP));
            }
        }
    }

    private static void required(List<FieldError> errors, String path, String value, String what) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(path, "is required for " + what));
        }
    }
}
