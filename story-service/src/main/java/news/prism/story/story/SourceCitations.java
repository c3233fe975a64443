package news.prism.story.story;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.prism.errors.FieldError;
import news.prism.story.source.SourceCopies;
import news.prism.story.source.SourceCopy;
import news.prism.story.story.StoryContent.Source;

/**
 * Completes a draft's sources: each gets its number, and a source cited by {@code sourceId} gets the outlet, title
 * and url of the local copy of that ingested source (the copy wins over anything typed, so the link stays the
 * ingested one).
 */
@Singleton
public class SourceCitations {

    private final SourceCopies copies;

    public SourceCitations(SourceCopies copies) {
        this.copies = copies;
    }

    public record Resolved(StoryContent content, List<FieldError> errors) {
    }

    public Resolved resolve(StoryContent content) {
        List<Source> sources = content.sources();
        Map<String, SourceCopy> known = copies.findAll(sources.stream()
                .filter(Objects::nonNull).map(Source::sourceId).filter(Objects::nonNull).distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        List<Source> resolved = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            if (source == null) {
                resolved.add(null);
                continue;
            }
            int n = StoryShape.numberOf(source, i);
            if (source.sourceId() == null) {
                resolved.add(new Source(n, source.outlet(), source.title(), source.url(), source.perspective(), null));
                continue;
            }
            SourceCopy copy = known.get(source.sourceId());
            if (copy == null) {
                errors.add(new FieldError("sources[" + i + "].sourceId",
                        "no ingested source has the id '" + source.sourceId() + "'"));
                resolved.add(source);
            } else {
                resolved.add(new Source(n, copy.outlet(), copy.title(), copy.url(), source.perspective(),
                        copy.sourceId()));
            }
        }
        return new Resolved(content.withSources(resolved), errors);
    }
}
