package news.prism.story.story;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.prism.http.problem.FieldError;
import news.prism.http.problem.InvalidRequestException;
import news.prism.http.problem.ProblemException;
import news.prism.http.user.ActingUser;

/** Creating, reading and editing drafts. */
@Singleton
public class StoryDrafts {

    private final StoryStore store;
    private final SourceCitations citations;
    private final StorySettings settings;
    private final Clock clock;

    public StoryDrafts(StoryStore store, SourceCitations citations, StorySettings settings, Clock clock) {
        this.store = store;
        this.citations = citations;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public Story create(StoryContent content, ActingUser author) {
        StoryContent ready = prepare(content);
        UUID id = UUID.randomUUID();
        Story story = Story.draft(id, freeSlug(ready, id), author.name(), ready, now());
        store.insert(story);
        return story;
    }

    @Transactional(readOnly = true)
    public Story get(UUID id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** Replaces the content of a draft; the editor becomes its last editor (who may then not approve it). */
    @Transactional
    public Story update(UUID id, StoryContent content, ActingUser editor) {
        Story story = store.lock(id).orElseThrow(() -> notFound(id));
        if (story.status() != StoryStatus.DRAFT) {
            throw ProblemException.conflict("Story " + id + " is " + story.status() + "; only a DRAFT can be edited");
        }
        if (story.everPublished() && !story.content().topic().slug().equals(content.topic().slug())) {
            throw new InvalidRequestException("topic.slug", "a published story stays in its topic '"
                    + story.content().topic().slug() + "'");
        }
        StoryContent ready = prepare(content);
        String slug = story.everPublished() ? story.slug() : freeSlug(ready, id);
        Story edited = story.edited(ready, slug, editor.name(), now());
        store.update(edited);
        return edited;
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No story " + id);
    }

    /** Checks the shape and completes the sources; every problem is reported at once. */
    private StoryContent prepare(StoryContent content) {
        List<FieldError> errors = new ArrayList<>(StoryShape.check(content));
        SourceCitations.Resolved resolved = citations.resolve(content);
        errors.addAll(resolved.errors());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return resolved.content();
    }

    private String freeSlug(StoryContent content, UUID id) {
        String topic = content.topic().slug();
        store.lockTopic(topic);
        String base = Slugs.fromHeadline(content.headline(), settings.slugMaxLength());
        return Slugs.firstFree(base, store.slugsLike(topic, base, id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
