package news.prism.ingest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import news.prism.errors.FieldError;

/**
 * A feed item the intake refused: its position in the document, its guid and link as given, and every broken rule,
 * each named {@code items[item].<element>} by the feed's own element names (e.g. {@code items[3].link}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemRejection(int item, @Nullable String guid, @Nullable String link, List<FieldError> errors) {
}
