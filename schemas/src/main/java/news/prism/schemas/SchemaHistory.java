package news.prism.schemas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Every released version of every Prism event schema, as kept under {@code prism/schemas/<Record>/v<n>.avsc}.
 * A reader registers all of them so that it can decode an event written with any version it knows.
 */
public final class SchemaHistory {

    private static final String ROOT = "prism/schemas/";
    private static final SchemaHistory INSTANCE = load();

    private final Map<String, List<KeptSchema>> byRecord;

    private SchemaHistory(Map<String, List<KeptSchema>> byRecord) {
        this.byRecord = byRecord;
    }

    public static SchemaHistory get() {
        return INSTANCE;
    }

    /** Simple record names, e.g. {@code StoryPublished}. */
    public List<String> records() {
        return List.copyOf(byRecord.keySet());
    }

    /** Kept versions of one record, oldest first. */
    public List<KeptSchema> versions(String record) {
        return byRecord.getOrDefault(record, List.of());
    }

    public List<KeptSchema> all() {
        return byRecord.values().stream().flatMap(List::stream).toList();
    }

    public record KeptSchema(String record, int version, Schema schema) {
    }

    private static SchemaHistory load() {
        Map<String, List<KeptSchema>> byRecord = new LinkedHashMap<>();
        for (String entry : readLines(ROOT + "catalog.txt")) {
            String[] parts = entry.split("/");
            String record = parts[0];
            int version = Integer.parseInt(parts[1].replaceAll("^v(\\d+)\\.avsc$", "$1"));
            Schema schema = new Schema.Parser().parse(String.join("\n", readLines(ROOT + entry)));
            byRecord.computeIfAbsent(record, r -> new ArrayList<>()).add(new KeptSchema(record, version, schema));
        }
        byRecord.values().forEach(list -> list.sort(Comparator.comparingInt(KeptSchema::version)));
        return new SchemaHistory(byRecord);
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
