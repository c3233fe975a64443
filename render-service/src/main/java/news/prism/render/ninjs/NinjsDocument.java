package news.prism.render.ninjs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import news.prism.render.view.ReaderTime;

/**
 * A story as an IPTC ninjs 2.2 news item: the property names are ninjs's own. Empty lists and absent values are left
 * out of the JSON, as ninjs has no nulls.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NinjsDocument(
        String uri,
        Standard standard,
        String type,
        String representationtype,
        String version,
        String firstcreated,
        String versioncreated,
        String pubstatus,
        String language,
        List<Text> headlines,
        List<Text> descriptions,
        List<Text> bodies,
        String by,
        List<Subject> subjects,
        List<Association> associations,
        List<Rendition> renditions) {

    static final String USABLE = "usable";
    static final String CANCELED = "canceled";
    static final String FULL = "full";
    static final String PARTIAL = "partial";
    static final String PLAIN_TEXT = "text/plain";
    static final String HTML = "text/html";
    private static final String RETRACTION = "retraction";

    /**
     * What the item of a retracted story says: canceled as of the retraction, and why, like the notice its page
     * shows; nothing of the withdrawn content (headline, byline, bodies, sources) is repeated.
     */
    NinjsDocument canceled(String reason, Instant retractedAt) {
        return new NinjsDocument(uri, standard, type, PARTIAL, version, firstcreated, ReaderTime.iso(retractedAt),
                CANCELED, language, List.of(), List.of(new Text(RETRACTION, PLAIN_TEXT, reason)), List.of(), null,
                subjects, List.of(), List.of());
    }

    /** Which standard the document follows, so that a reader can find the schema. */
    @Serdeable
    public record Standard(String name, String version, String schema) {

        static final Standard NINJS_2_2 =
                new Standard("ninjs", "2.2", "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#");
    }

    /** A headline, description or body. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Text(@Nullable String role, @Nullable String contenttype, String value) {
    }

    /** The topic ({@code rel} topic) or a perspective ({@code rel} perspective, its share of coverage as relevance). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Subject(String name, String rel, @Nullable String uri, @Nullable String literal,
                          @Nullable Integer relevance) {
    }

    /** A cited source: named {@code source-n} after its citation marker {@code [n]}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Association(String name, String uri, String type, List<Text> headlines,
                              List<InfoSource> infosources, List<Subject> subjects) {
    }

    /** The outlet that published a source. */
    @Serdeable
    public record InfoSource(String name) {
    }

    /** The reader's page of the story. */
    @Serdeable
    public record Rendition(String name, String href, String contenttype) {
    }
}
