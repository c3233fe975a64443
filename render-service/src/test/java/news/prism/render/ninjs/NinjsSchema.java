package news.prism.render.ninjs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** IPTC's published JSON Schema of ninjs 2.2, from the standards kept beside the repository. */
final class NinjsSchema {

    private static final Path FILE = Path.of(System.getProperty("prism.test.standards", "../../shared/standards"),
            "ninjs-schema_2.2.json");

    private final Schema schema;

    NinjsSchema() {
        try (InputStream in = Files.newInputStream(FILE)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The ninjs schema is not at " + FILE.toAbsolutePath(), e);
        }
    }

    /** What the item breaks of the schema, as messages naming the place; empty when it is valid ninjs 2.2. */
    List<String> violations(String item) {
        return schema.validate(item, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
