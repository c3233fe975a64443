package news.prism.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro single-object encoding (marker, 8-byte schema fingerprint, body) of Prism's generated event classes.
 * Decoding resolves any writer schema that {@link SchemaHistory} keeps, so no registry server is needed.
 */
public final class EventCodec {

    private final Map<Class<?>, BinaryMessageDecoder<?>> decoders = new ConcurrentHashMap<>();
    private final Map<Class<?>, BinaryMessageEncoder<?>> encoders = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public byte[] encode(SpecificRecord event) {
        var encoder = (BinaryMessageEncoder<SpecificRecord>) encoders.computeIfAbsent(event.getClass(),
                type -> new BinaryMessageEncoder<>(SpecificData.getForClass(type), event.getSchema()));
        try {
            ByteBuffer buffer = encoder.encode(event);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes {@code bytes} as an instance of the class named by the Avro full name {@code type}
     * (the CloudEvents {@code ce_type} of a Prism event).
     */
    public SpecificRecord decode(String type, byte[] bytes) {
        Class<?> eventClass = SpecificData.get().getClass(Schema.createRecord(type, null, null, false));
        if (eventClass == null || !SpecificRecord.class.isAssignableFrom(eventClass)) {
            throw new UnknownEventTypeException(type);
        }
        return decode(eventClass.asSubclass(SpecificRecord.class), bytes);
    }

    public <T extends SpecificRecord> T decode(Class<T> eventClass, byte[] bytes) {
        try {
            return decoderFor(eventClass).decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends SpecificRecord> BinaryMessageDecoder<T> decoderFor(Class<T> eventClass) {
        return (BinaryMessageDecoder<T>) decoders.computeIfAbsent(eventClass, type -> {
            // The generated class's own model carries its logical-type conversions (Instant, LocalDate).
            SpecificData model = SpecificData.getForClass(type);
            Schema readerSchema = model.getSchema(type);
            var decoder = new BinaryMessageDecoder<T>(model, readerSchema);
            SchemaHistory.get().versions(readerSchema.getName()).forEach(kept -> decoder.addSchema(kept.schema()));
            return decoder;
        });
    }

    public static final class UnknownEventTypeException extends RuntimeException {
        public UnknownEventTypeException(String type) {
            super("No Prism event class for type " + type);
        }
    }
}
