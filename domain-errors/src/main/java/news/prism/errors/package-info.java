/**
 * The refusals a service's own code raises, in words of neither HTTP nor Kafka: {@link Refused} (the acting user
 * may not do this), {@link NotFound}, {@link Conflict} (not in the state it would have to be in), and
 * {@link Invalid}, naming each broken rule by the {@link FieldError} of the field that breaks it.
 * <p>
 * They live in a module of their own, with no dependency at all, because every module that meets them needs it:
 * http-support answers them with problem+json, ingest's Kafka intake turns field errors into SourceRejected events,
 * and the services' domain code raises them. {@code schemas} holds only the Avro events and {@code eventing} is about
 * Kafka; neither is where the HTTP edge should look for its errors. A service may subclass these in its own terms;
 * every edge still answers the subclass as its parent.
 */
package news.prism.errors;
