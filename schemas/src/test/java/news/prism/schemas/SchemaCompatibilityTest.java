package news.prism.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Full compatibility: each kept version reads every other one of the same record, in both directions. */
class SchemaCompatibilityTest {

    static Stream<Arguments> versionPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (String record : SchemaHistory.get().records()) {
            var versions = SchemaHistory.get().versions(record);
            for (var older : versions) {
                for (var newer : versions) {
                    if (older.version() < newer.version()) {
                        pairs.add(Arguments.of(record, older.version(), newer.version()));
                    }
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} v{1} <-> v{2}")
    @MethodSource("versionPairs")
    void keptVersionsReadEachOther(String record, int older, int newer) {
        Schema oldSchema = schema(record, older);
        Schema newSchema = schema(record, newer);

        assertThat(compatibility(newSchema, oldSchema)).as("v%d reads v%d", newer, older)
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        assertThat(compatibility(oldSchema, newSchema)).as("v%d reads v%d", older, newer)
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void thereIsAtLeastOneEvolvedSchemaSoThePairCheckRuns() {
        assertThat(versionPairs()).isNotEmpty();
    }

    @Test
    void theCheckRefusesAnIncompatibleChange() {
        Schema v1 = schema("SourceIngested", 1);
        Schema withRequiredField = new Schema.Parser().parse(v1.toString()
                .replace("\"fields\":[", "\"fields\":[{\"name\":\"mandatory\",\"type\":\"string\"},"));

        assertThat(compatibility(withRequiredField, v1)).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void everyCurrentSchemaIsKeptAsItsLatestVersion() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/avro"))) {
            List<Path> current = files.filter(f -> f.toString().endsWith(".avsc")).toList();
            assertThat(current).hasSize(SchemaHistory.get().records().size());
            for (Path file : current) {
                Schema schema = new Schema.Parser().parse(file.toFile());
                var kept = SchemaHistory.get().versions(schema.getName());
                assertThat(kept).as("kept versions of %s", schema.getName()).isNotEmpty();
                assertThat(kept.getLast().schema()).as("latest kept %s", schema.getName()).isEqualTo(schema);
                assertThat(SchemaNormalization.parsingFingerprint64(SpecificData.get().getSchema(SpecificData.get().getClass(schema))))
                        .as("generated class of %s", schema.getName())
                        .isEqualTo(SchemaNormalization.parsingFingerprint64(schema));
            }
        }
    }

    private static SchemaCompatibilityType compatibility(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
    }

    private static Schema schema(String record, int version) {
        return SchemaHistory.get().versions(record).stream()
                .filter(kept -> kept.version() == version).findFirst().orElseThrow().schema();
    }
}
