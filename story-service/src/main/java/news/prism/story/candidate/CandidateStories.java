package news.prism.story.candidate;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import news.prism.errors.Conflict;
import news.prism.errors.NotFound;
import news.prism.http.user.ActingUser;
import news.prism.story.cluster.Candidate;
import news.prism.story.cluster.Candidate.CandidateSource;
import news.prism.story.cluster.CandidateClusters;
import news.prism.story.story.Story;
import news.prism.story.story.StoryContent;
import news.prism.story.story.StoryContent.Topic;
import news.prism.story.story.StoryDrafts;

/** Lists the story candidates, and turns one into a draft story that cites its sources. */
@Singleton
public class CandidateStories {

    private static final int MIN_SOURCES = 2;

    private final CandidateClusters clusters;
    private final StoryDrafts drafts;

    public CandidateStories(CandidateClusters clusters, StoryDrafts drafts) {
        this.clusters = clusters;
        this.drafts = drafts;
    }

    @Transactional(readOnly = true)
    public List<Candidate> list() {
        return clusters.list();
    }

    /**
     * A draft in {@code topic} headed by the earliest report's title, citing the candidate's unassigned sources
     * numbered from 1 in the order they were published, which assigns them: the candidate leaves the list. The
     * candidate stays locked meanwhile, so an arriving source cannot merge it away or join it half-way.
     */
    @Transactional
    public Story start(UUID candidateId, Topic topic, ActingUser author) {
        clusters.lock(candidateId);
        Candidate candidate = clusters.find(candidateId).orElseThrow(() ->
                new NotFound("No story candidate " + candidateId));
        if (candidate.size() < MIN_SOURCES) {
            throw new Conflict("Story candidate " + candidateId + " is no longer a candidate: "
                    + candidate.size() + " of its sources are not cited by a story yet, it takes " + MIN_SOURCES);
        }
        String headline = Headlines.fromTitle(candidate.sources().getFirst().title(),
                StoryContent.HEADLINE_MAX_LENGTH);
        return drafts.start(topic, headline, candidate.sources().stream().map(CandidateSource::sourceId).toList(),
                author);
    }
}
