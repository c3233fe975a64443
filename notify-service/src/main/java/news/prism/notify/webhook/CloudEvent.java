package news.prism.notify.webhook;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of every delivery: a CloudEvent 1.0 in structured JSON mode ({@code application/cloudevents+json}).
 * {@code id} is the delivery's id, also its {@code webhook-id}; {@code subject} the story's id; {@code time} when
 * the story event happened.
 */
@Serdeable
record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        String time,
        String datacontenttype,
        T data) {

    static final String SPEC_VERSION = "1.0";
    static final String DATA_CONTENT_TYPE = "application/json";
}
