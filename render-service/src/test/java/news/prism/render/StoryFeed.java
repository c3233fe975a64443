package news.prism.render;

import news.prism.events.StoryPublished;
import news.prism.events.StoryRetracted;
import news.prism.testkit.EventSender;

/** Writes StoryPublished and StoryRetracted events to the stories topic as story-service does, keyed by story id. */
public final class StoryFeed implements AutoCloseable {

    private final EventSender sender;
    private final String topic;

    public StoryFeed(String bootstrapServers, String topic) {
        this.sender = new EventSender(bootstrapServers, "/prism/story-service");
        this.topic = topic;
    }

    /** Sends the event with the given CloudEvents id, keyed by story id, and waits for the broker to have it. */
    public void send(String eventId, StoryPublished story) {
        sender.send(topic, story.getStoryId(), eventId, story);
    }

    public void send(String eventId, StoryRetracted retraction) {
        sender.send(topic, retraction.getStoryId(), eventId, retraction);
    }

    @Override
    public void close() {
        sender.close();
    }
}
