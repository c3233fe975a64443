package news.prism.schemas;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** Fills every field of a schema, every array with two items and every union with its non-null branch. */
final class SampleRecords {

    private final Random random;

    SampleRecords(long seed) {
        this.random = new Random(seed);
    }

    SpecificRecord specific(Schema schema) {
        return (SpecificRecord) SpecificData.get().deepCopy(schema, value(schema));
    }

    Object value(Schema schema) {
        return switch (schema.getType()) {
            case RECORD -> {
                var record = new GenericData.Record(schema);
                schema.getFields().forEach(field -> record.put(field.pos(), value(field.schema())));
                yield record;
            }
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                items.add(value(schema.getElementType()));
                items.add(value(schema.getElementType()));
                yield items;
            }
            case UNION -> value(schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElseThrow());
            case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(random.nextInt(schema.getEnumSymbols().size())));
            case STRING -> "text-" + random.nextInt(1000) + " «ünïcode» [1]";
            case INT -> isLogical(schema, "date") ? LocalDate.ofEpochDay(random.nextInt(20_000)) : random.nextInt(20_000);
            case LONG -> isLogical(schema, "timestamp-millis")
                    ? Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000))
                    : random.nextLong();
            case BOOLEAN -> random.nextBoolean();
            case DOUBLE -> random.nextDouble();
            case FLOAT -> random.nextFloat();
            case BYTES -> ByteBuffer.wrap(new byte[] {1, 2, 3});
            default -> throw new IllegalArgumentException("No sample for " + schema.getType());
        };
    }

    private static boolean isLogical(Schema schema, String name) {
        return schema.getLogicalType() != null && schema.getLogicalType().getName().equals(name);
    }
}
