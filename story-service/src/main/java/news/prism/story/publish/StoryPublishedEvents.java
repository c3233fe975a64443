package news.prism.story.publish;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import news.prism.events.Block;
import news.prism.events.BlockType;
import news.prism.events.FaqEntry;
import news.prism.events.KeyFigure;
import news.prism.events.KeyTerm;
import news.prism.events.Perspective;
import news.prism.events.Source;
import news.prism.events.StoryPublished;
import news.prism.events.TimelineEntry;
import news.prism.events.Topic;
import news.prism.events.Viewpoint;
import news.prism.story.story.StoryContent;

/** An approved version as the {@link StoryPublished} event: the whole version, so no consumer has to call back. */
final class StoryPublishedEvents {

    private StoryPublishedEvents() {
    }

    static StoryPublished of(StoryVersion version) {
        StoryContent story = version.content();
        return StoryPublished.newBuilder()
                .setStoryId(version.storyId().toString())
                .setVersion(version.version())
                .setSlug(version.slug())
                .setFormat(story.format())
                .setTopic(new Topic(story.topic().slug(), story.topic().name()))
                .setHeadline(story.headline())
                .setDek(story.dek())
                .setByline(story.byline())
                .setAuthor(version.author())
                .setApprovedBy(version.approvedBy())
                .setPublishedAt(version.approvedAt())
                .setFirstPublishedAt(version.firstPublishedAt())
                .setCorrectionNote(version.correctionNote())
                .setNotifySubscribers(version.notifySubscribers())
                .setReadingTimeMinutes(version.readingTimeMinutes())
                .setPerspectives(map(story.perspectives(),
                        p -> new Perspective(p.key(), p.name(), p.share(), p.summary())))
                .setNotRepresented(List.copyOf(story.notRepresented()))
                .setAllRepresented(story.allRepresented())
                .setWhyItMatters(story.whyItMatters())
                .setKeyPoints(List.copyOf(story.keyPoints()))
                .setKeyFigures(map(story.keyFigures(), f -> new KeyFigure(f.value(), f.label())))
                .setBody(map(story.body(), b -> new Block(BlockType.valueOf(b.type().toUpperCase(Locale.ROOT)),
                        b.text(), b.attribution(), b.caption(), b.alt(), b.imageUrl(), List.copyOf(b.items()))))
                .setTimeline(map(story.timeline(), t -> new TimelineEntry(t.when(), t.date(), t.text())))
                .setViewpoints(map(story.viewpoints(), v -> new Viewpoint(v.perspective(), v.tagline(), v.text())))
                .setUnknowns(List.copyOf(story.unknowns()))
                .setKeyTerms(map(story.keyTerms(), t -> new KeyTerm(t.term(), t.definition())))
                .setFaq(map(story.faq(), f -> new FaqEntry(f.question(), f.answer())))
                .setSources(map(story.sources(),
                        s -> new Source(s.n(), s.outlet(), s.title(), s.url(), s.perspective(), s.sourceId())))
                .build();
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> mapping) {
        return items.stream().map(mapping).toList();
    }
}
