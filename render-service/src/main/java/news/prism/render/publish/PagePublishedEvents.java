package news.prism.render.publish;

import news.prism.events.PagePublished;
import news.prism.events.PerspectiveShare;
import news.prism.events.StoryPublished;
import news.prism.render.Corrections;
import news.prism.render.view.StoryPageView.SourceCoverage;

/** What downstream consumers (notify-service, feeds) learn about a newly rendered page. */
final class PagePublishedEvents {

    private PagePublishedEvents() {
    }

    /**
     * The outlets, viewpoints and perspective shares are those the page's coverage line and bar show; the note and
     * the choice to notify subscribers are carried only on a correction, as the page shows the note only then.
     */
    static PagePublished of(StoryPublished story, String url) {
        SourceCoverage coverage = SourceCoverage.of(story.getSources());
        boolean correction = Corrections.isCorrection(story);
        return PagePublished.newBuilder()
                .setStoryId(story.getStoryId())
                .setVersion(story.getVersion())
                .setTopicSlug(story.getTopic().getSlug())
                .setTopicName(story.getTopic().getName())
                .setSlug(story.getSlug())
                .setUrl(url)
                .setHeadline(story.getHeadline())
                .setSummary(story.getDek())
                .setCorrection(correction)
                .setPublishedAt(story.getPublishedAt())
                .setCorrectionNote(correction ? story.getCorrectionNote() : null)
                .setNotifySubscribers(correction && story.getNotifySubscribers())
                .setFirstPublishedAt(story.getFirstPublishedAt())
                .setOutlets(coverage.outlets())
                .setViewpoints(coverage.viewpoints())
                .setPerspectives(story.getPerspectives().stream()
                        .map(perspective -> new PerspectiveShare(perspective.getName(), perspective.getShare()))
                        .toList())
                .build();
    }
}
