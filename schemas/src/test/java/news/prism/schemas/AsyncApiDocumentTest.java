package news.prism.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code prism/asyncapi.yaml} against the code: every topic a service names is a channel that service uses, every
 * kept schema version is a message whose payload is that schema, and each message's ce_type is what the outbox
 * writes. No JSON Schema of AsyncAPI 3.0 is available to the build, so the structure is checked here by its required
 * fields and references (the document was validated against the official 3.0.0 JSON Schema when written).
 */
class AsyncApiDocumentTest {

    private static final String FOLDER = "prism/";
    private static final String AVRO_FORMAT = "application/vnd.apache.avro+json;version=1.9.0";
    private static final Path PROJECT_ROOT = Path.of("..");
    private static final List<String> SERVICES =
            List.of("ingest-service", "story-service", "render-service", "notify-service");

    private static final Map<String, Object> DOCUMENT = yaml(FOLDER + "asyncapi.yaml");

    @Test
    void isAnAsyncApi3DocumentWhoseReferencesResolve() {
        assertThat(DOCUMENT.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(map(DOCUMENT, "info")).containsKeys("title", "version");
        channels().forEach((id, channel) -> {
            assertThat(map(channel)).as(id).containsKeys("address", "messages");
            map(channel, "messages").values().forEach(message -> assertThat(dereference(message)).as(id).isNotNull());
        });
        operations().forEach((id, operation) -> {
            assertThat(map(operation).get("action")).as(id).isIn("send", "receive");
            assertThat(dereference(map(operation).get("channel"))).as(id).isNotNull();
        });
        map(DOCUMENT, "components", "messages").forEach((id, message) ->
                assertThat(map(message)).as(id).containsKeys("name", "headers", "payload"));
    }

    static Stream<ServiceTopicSettings> services() {
        return SERVICES.stream().map(service -> ServiceTopicSettings.read(PROJECT_ROOT, service));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyTopicAServiceNamesIsAChannelThatServiceUses(ServiceTopicSettings settings) {
        assertThat(settings.topics()).isNotEmpty();
        for (String topic : settings.topics()) {
            Set<String> users = operations().values().stream()
                    .filter(operation -> address(dereference(map(operation).get("channel"))).equals(topic))
                    .flatMap(operation -> list(map(operation).get("tags")).stream())
                    .map(tag -> map(tag).get("name").toString())
                    .collect(Collectors.toSet());
            assertThat(users).as("services sending to or receiving from %s", topic).contains(settings.service());
        }
    }

    @Test
    void everyChannelIsATopicSomeServiceNames() {
        Set<String> named = services().flatMap(settings -> settings.topics().stream()).collect(Collectors.toSet());
        assertThat(channels().values().stream().map(AsyncApiDocumentTest::address)).allMatch(named::contains);
    }

    static Stream<SchemaHistory.KeptSchema> keptSchemas() {
        return SchemaHistory.get().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptSchemas")
    void everyKeptSchemaVersionIsAMessageWithThatSchemaAsPayload(SchemaHistory.KeptSchema kept) {
        String id = kept.record() + "V" + kept.version();
        Map<String, Object> message = map(DOCUMENT, "components", "messages", id);
        assertThat(message).as(id).isNotNull();
        assertThat(map(message, "payload").get("schemaFormat")).isEqualTo(AVRO_FORMAT);
        assertThat(avroPayload(message)).isEqualTo(kept.schema());
        assertThat(channels().values().stream().flatMap(channel -> map(channel, "messages").values().stream()))
                .as("channels carrying %s", id).anyMatch(reference -> dereference(reference) == message);
    }

    @Test
    void everyAvroMessageIsAKeptSchemaVersion() {
        Set<Schema> kept = keptSchemas().map(SchemaHistory.KeptSchema::schema).collect(Collectors.toSet());
        assertThat(avroMessages()).isNotEmpty().allSatisfy(message -> assertThat(kept).contains(avroPayload(message)));
    }

    @Test
    void everyMessageCarriesTheTypeTheOutboxWrites() {
        for (Map<String, Object> message : avroMessages()) {
            // The outbox writes ce_type as the Avro full name of the generated event class.
            Class<?> eventClass = SpecificData.get().getClass(avroPayload(message));
            assertThat(eventClass).as(message.get("title").toString()).isNotNull();
            String written = SpecificData.get().getSchema(eventClass).getFullName();
            assertThat(message.get("name")).isEqualTo(written);
            assertThat(ceTypeOf(message)).as(message.get("title").toString()).isEqualTo(written);
        }
    }

    private static Object ceTypeOf(Map<String, Object> message) {
        return list(map(message, "headers").get("allOf")).stream()
                .map(part -> map(part, "properties", "ce_type"))
                .filter(Objects::nonNull)
                .map(ceType -> ceType.get("const"))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static List<Map<String, Object>> avroMessages() {
        return map(DOCUMENT, "components", "messages").values().stream().map(AsyncApiDocumentTest::map)
                .filter(message -> AVRO_FORMAT.equals(map(message, "payload").get("schemaFormat")))
                .toList();
    }

    private static Schema avroPayload(Map<String, Object> message) {
        String file = map(message, "payload", "schema").get("$ref").toString();
        return new Schema.Parser().parse(text(FOLDER + file));
    }

    private static Map<String, Object> channels() {
        return map(DOCUMENT, "channels");
    }

    private static Map<String, Object> operations() {
        return map(DOCUMENT, "operations");
    }

    private static String address(Object channel) {
        return map(channel).get("address").toString();
    }

    /** Follows a {@code $ref} within the document ({@code #/a/b}); other objects are returned as they are. */
    private static Map<String, Object> dereference(Object node) {
        Object ref = map(node).get("$ref");
        if (ref == null) {
            return map(node);
        }
        assertThat(ref.toString()).startsWith("#/");
        return map(DOCUMENT, ref.toString().substring(2).split("/"));
    }

    private static Map<String, Object> map(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = current instanceof Map<?, ?> map ? map.get(key) : null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) current;
        return result;
    }

    private static List<?> list(Object node) {
        return node == null ? List.of() : (List<?>) node;
    }

    private static Map<String, Object> yaml(String resource) {
        return new Yaml().load(text(resource));
    }

    private static String text(String resource) {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
