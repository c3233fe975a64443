package news.prism.story.story;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import news.prism.errors.Conflict;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.errors.NotFound;
import news.prism.errors.Refused;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.source.SourceAssignments;
import news.prism.story.story.StoryContent.Source;
import news.prism.story.story.StoryContent.Topic;

/**
 * Creating, reading and editing drafts. Every ingested source a draft cites by its id becomes assigned, so it is
 * no longer offered among the story candidates.
 */
@Singleton
public class StoryDrafts {

    private final StoryStore store;
    private final SourceCitations citations;
    private final SourceAssignments assignments;
    private final StorySettings settings;
    private final Clock clock;

    public StoryDrafts(StoryStore store, SourceCitations citations, SourceAssignments assignments,
                       StorySettings settings, Clock clock) {
        this.store = store;
        this.citations = citations;
        this.assignments = assignments;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public Story create(StoryContent content, ActingUser author) {
        return insert(prepare(content), author);
    }

    /**
     * Starts a draft from ingested sources, numbered in the given order: only the topic, the headline and the
     * sources are filled in. Like any draft it need not be complete; submitting it checks that it is.
     */
    @Transactional
    public Story start(Topic topic, String headline, List<String> sourceIds, ActingUser author) {
        List<Source> sources = sourceIds.stream().map(id -> new Source(null, null, null, null, null, id)).toList();
        StoryContent content = new StoryContent(null, topic, headline, null, null, null, null, false, null, null,
                null, null, null, null, null, null, null, sources);
        SourceCitations.Resolved resolved = citations.resolve(content);
        if (!resolved.errors().isEmpty()) {
            throw new Invalid(resolved.errors());
        }
        return insert(resolved.content(), author);
    }

    @Transactional(readOnly = true)
    public Story get(UUID id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Replaces the content of a draft, or starts the correction of an approved story (a draft again, while the
     * approved version stays live). The editor becomes its last editor, who may then not approve it.
     */
    @Transactional
    public Story update(UUID id, StoryContent content, ActingUser editor) {
        Story story = store.lock(id).orElseThrow(() -> notFound(id));
        if (story.status() != StoryStatus.DRAFT && story.status() != StoryStatus.APPROVED) {
            throw new Conflict("Story " + id + " is " + story.status()
                    + "; only a DRAFT, or an APPROVED story to be corrected, can be edited");
        }
        if (story.everPublished() && !editor.hasRole(Roles.EDITOR) && !editor.hasRole(Roles.ADMIN)) {
            throw new Refused("Story " + id + " has been published; only an editor may correct it");
        }
        if (story.everPublished() && !story.content().topic().slug().equals(content.topic().slug())) {
            throw new Invalid("topic.slug", "a published story stays in its topic '"
                    + story.content().topic().slug() + "'");
        }
        StoryContent ready = prepare(content);
        String slug = story.everPublished() ? story.slug() : freeSlug(ready, id);
        Story edited = story.edited(ready, slug, editor.name(), clock.instant());
        store.update(edited);
        assignments.assign(id, citedIds(ready), edited.updatedAt());
        return edited;
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("No story " + id);
    }

    private Story insert(StoryContent content, ActingUser author) {
        UUID id = UUID.randomUUID();
        Story story = Story.draft(id, freeSlug(content, id), author.name(), content, clock.instant());
        store.insert(story);
        assignments.assign(id, citedIds(content), story.createdAt());
        return story;
    }

    private static List<String> citedIds(StoryContent content) {
        return content.sources().stream().filter(Objects::nonNull).map(Source::sourceId).filter(Objects::nonNull)
                .distinct().toList();
    }

    /** Checks the shape and completes the sources; every problem is reported at once. */
    private StoryContent prepare(StoryContent content) {
        List<FieldError> errors = new ArrayList<>(StoryShape.check(content));
        SourceCitations.Resolved resolved = citations.resolve(content);
        errors.addAll(resolved.errors());
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return resolved.content();
    }

    private String freeSlug(StoryContent content, UUID id) {
        String topic = content.topic().slug();
        store.lockTopic(topic);
        String base = Slugs.fromHeadline(content.headline(), settings.slugMaxLength());
        return Slugs.firstFree(base, store.slugsLike(topic, base, id));
    }
}
