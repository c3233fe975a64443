package news.prism.eventing.consumer;

import org.apache.avro.specific.SpecificRecord;

/**
 * An {@link EventHandler} of the events of one type from one topic, both given when it is made: a handler only has
 * to say what it does with an event.
 */
public abstract class TopicHandler<T extends SpecificRecord> implements EventHandler<T> {

    private final String topic;
    private final Class<T> eventType;

    protected TopicHandler(String topic, Class<T> eventType) {
        this.topic = topic;
        this.eventType = eventType;
    }

    @Override
    public final String topic() {
        return topic;
    }

    @Override
    public final Class<T> eventType() {
        return eventType;
    }
}
