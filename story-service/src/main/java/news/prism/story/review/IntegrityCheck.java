package news.prism.story.review;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.prism.errors.FieldError;
import news.prism.story.story.StoryContent;
import news.prism.story.story.StoryContent.Perspective;
import news.prism.story.story.StoryContent.Source;
import news.prism.story.story.StoryContent.Viewpoint;
import news.prism.story.story.StoryShape;
import news.prism.story.story.StoryTexts;
import news.prism.story.story.WebAddresses;

/**
 * The integrity rules of story-anatomy.md that a story must meet before it can be approved. {@link #check} gives
 * every broken rule 1 to 6 of the content, each as the JSON path of the field at fault; rule 7, about who
 * approves, is {@link FourEyes}.
 */
@Singleton
public class IntegrityCheck {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,9})]");
    private static final int MIN_PERSPECTIVES = 2;
    private static final int TOTAL_SHARE = 100;

    public List<FieldError> check(StoryContent story) {
        List<FieldError> errors = new ArrayList<>();
        List<Source> sources = story.sources().stream().filter(Objects::nonNull).toList();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < story.sources().size(); i++) {
            if (story.sources().get(i) != null) {
                numbers.add(StoryShape.numberOf(story.sources().get(i), i));
            }
        }
        Set<Integer> cited = markersPointAtSources(story, numbers, errors);
        everySourceCited(story.sources(), cited, errors);
        perspectivesAndShares(story.perspectives(), errors);
        perspectiveKeysDeclaredAndBacked(story, sources, errors);
        orientationComplete(story, errors);
        sourceUrlsAbsolute(story.sources(), errors);
        return errors;
    }

    /** Rule 1; returns the numbers cited anywhere. */
    private static Set<Integer> markersPointAtSources(StoryContent story, Set<Integer> numbers,
                                                      List<FieldError> errors) {
        Set<Integer> cited = new HashSet<>();
        for (StoryTexts.Text text : StoryTexts.of(story)) {
            Set<Integer> dangling = new LinkedHashSet<>();
            Matcher marker = MARKER.matcher(text.value());
            while (marker.find()) {
                int n = Integer.parseInt(marker.group(1));
                cited.add(n);
                if (!numbers.contains(n)) {
                    dangling.add(n);
                }
            }
            for (int n : dangling) {
                errors.add(new FieldError(text.path(), "cites [" + n + "] but there is no source " + n));
            }
        }
        return cited;
    }

    /** Rule 2. */
    private static void everySourceCited(List<Source> sources, Set<Integer> cited, List<FieldError> errors) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) == null) {
                continue;
            }
            int n = StoryShape.numberOf(sources.get(i), i);
            if (!cited.contains(n)) {
                errors.add(new FieldError("sources[" + i + "]",
                        "source " + n + " is never cited; cite it with [" + n + "] or remove it"));
            }
        }
    }

    /** Rule 3: shares are given for every perspective (adding up to 100) or for none (then computed). */
    private static void perspectivesAndShares(List<Perspective> perspectives, List<FieldError> errors) {
        if (perspectives.size() < MIN_PERSPECTIVES) {
            errors.add(new FieldError("perspectives", "a story needs at least " + MIN_PERSPECTIVES
                    + " perspectives, it has " + perspectives.size()));
        }
        long given = perspectives.stream().filter(p -> p != null && p.share() != null).count();
        if (given == 0) {
            return;
        }
        int sum = 0;
        for (int i = 0; i < perspectives.size(); i++) {
            Perspective perspective = perspectives.get(i);
            if (perspective == null) {
                continue;
            }
            String path = "perspectives[" + i + "].share";
            if (perspective.share() == null) {
                errors.add(new FieldError(path,
                        "give a share for every perspective, or for none to have them computed from the sources"));
            } else if (perspective.share() < 0 || perspective.share() > TOTAL_SHARE) {
                errors.add(new FieldError(path, "must be a whole percentage from 0 to " + TOTAL_SHARE));
            } else {
                sum += perspective.share();
            }
        }
        if (given == perspectives.stream().filter(Objects::nonNull).count() && sum != TOTAL_SHARE) {
            errors.add(new FieldError("perspectives", "the shares add up to " + sum + ", they must add up to "
                    + TOTAL_SHARE));
        }
    }

    /** Rule 4. */
    private static void perspectiveKeysDeclaredAndBacked(StoryContent story, List<Source> sources,
                                                        List<FieldError> errors) {
        Set<String> declared = new LinkedHashSet<>();
        story.perspectives().stream().filter(Objects::nonNull).map(Perspective::key).forEach(declared::add);
        for (int i = 0; i < story.sources().size(); i++) {
            Source source = story.sources().get(i);
            if (source != null && !declared.contains(source.perspective())) {
                errors.add(new FieldError("sources[" + i + "].perspective",
                        undeclared(source.perspective(), declared)));
            }
        }
        for (int i = 0; i < story.viewpoints().size(); i++) {
            Viewpoint viewpoint = story.viewpoints().get(i);
            if (viewpoint != null && !declared.contains(viewpoint.perspective())) {
                errors.add(new FieldError("viewpoints[" + i + "].perspective",
                        undeclared(viewpoint.perspective(), declared)));
            }
        }
        Set<String> backed = new HashSet<>();
        sources.forEach(source -> backed.add(source.perspective()));
        for (int i = 0; i < story.perspectives().size(); i++) {
            Perspective perspective = story.perspectives().get(i);
            if (perspective != null && !backed.contains(perspective.key())) {
                errors.add(new FieldError("perspectives[" + i + "]",
                        "no source speaks for '" + perspective.key() + "'; add one or drop the perspective"));
            }
        }
    }

    /** Rule 5. */
    private static void orientationComplete(StoryContent story, List<FieldError> errors) {
        if (story.notRepresented().isEmpty() && !story.allRepresented()) {
            errors.add(new FieldError("notRepresented", "name at least one group no source speaks for, "
                    + "or set allRepresented to claim full coverage"));
        }
        if (!story.notRepresented().isEmpty() && story.allRepresented()) {
            errors.add(new FieldError("allRepresented", "cannot claim full coverage while notRepresented lists "
                    + story.notRepresented().size() + " group(s)"));
        }
        if (story.whyItMatters() == null || story.whyItMatters().isBlank()) {
            errors.add(new FieldError("whyItMatters", "is required"));
        }
        int keyPoints = story.keyPoints().size();
        if (keyPoints < StoryContent.KEY_POINTS_MIN || keyPoints > StoryContent.KEY_POINTS_MAX) {
            errors.add(new FieldError("keyPoints", "needs " + StoryContent.KEY_POINTS_MIN + " to "
                    + StoryContent.KEY_POINTS_MAX + " entries, it has " + keyPoints));
        }
    }

    /** Rule 6. */
    private static void sourceUrlsAbsolute(List<Source> sources, List<FieldError> errors) {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            if (source != null && !WebAddresses.isAbsoluteHttp(source.url())) {
                errors.add(new FieldError("sources[" + i + "].url", "must be an absolute http(s) URL"));
            }
        }
    }

    private static String undeclared(String key, Set<String> declared) {
        return "'" + key + "' is not one of the story's perspectives " + declared;
    }
}
