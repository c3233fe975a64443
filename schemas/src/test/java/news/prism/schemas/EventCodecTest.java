package news.prism.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import news.prism.events.SourceIngested;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    static List<String> currentRecords() {
        return SchemaHistory.get().records();
    }

    @ParameterizedTest
    @MethodSource("currentRecords")
    void everyEventRoundTripsThroughSingleObjectEncoding(String record) {
        Schema current = SchemaHistory.get().versions(record).getLast().schema();
        SpecificRecord event = new SampleRecords(record.hashCode()).specific(current);

        byte[] bytes = codec.encode(event);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        SpecificRecord decoded = codec.decode(current.getFullName(), bytes);
        assertThat(decoded).isInstanceOf(event.getClass()).isEqualTo(event);
    }

    @Test
    void eventWrittenWithAnOlderKeptVersionIsReadWithTheDefaultForTheNewField() {
        Schema v1 = SchemaHistory.get().versions("SourceIngested").getFirst().schema();
        var old = new GenericData.Record(v1);
        old.put("sourceId", "src-1");
        old.put("outlet", "Harbour Gazette");
        old.put("url", "https://harbour.example/a");
        old.put("title", "Quay rebuilt");
        old.put("body", "The quay was rebuilt.");
        old.put("contentHash", "abc");
        old.put("ingestedAt", Instant.parse("2026-06-01T10:00:00Z").toEpochMilli());
        byte[] bytes = toBytes(v1, old);

        SourceIngested read = codec.decode(SourceIngested.class, bytes);

        assertThat(read.getTitle()).isEqualTo("Quay rebuilt");
        assertThat(read.getWordCount()).isZero();
    }

    @Test
    void eventWrittenWithAnUnknownSchemaIsRefused() {
        Schema stranger = new Schema.Parser().parse("""
                {"type":"record","name":"SourceIngested","namespace":"news.prism.events",
                 "fields":[{"name":"unexpected","type":"string"}]}""");
        var record = new GenericData.Record(stranger);
        record.put("unexpected", "x");

        assertThatThrownBy(() -> codec.decode(SourceIngested.class, toBytes(stranger, record)))
                .isInstanceOf(MissingSchemaException.class);
    }

    @Test
    void unknownTypeNameIsRefused() {
        assertThatThrownBy(() -> codec.decode("news.prism.events.NoSuchEvent", new byte[] {1}))
                .isInstanceOf(EventCodec.UnknownEventTypeException.class);
    }

    private static byte[] toBytes(Schema schema, GenericData.Record record) {
        try {
            var buffer = new BinaryMessageEncoder<GenericData.Record>(GenericData.get(), schema).encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
