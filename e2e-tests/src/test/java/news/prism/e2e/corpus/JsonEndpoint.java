package news.prism.e2e.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import news.prism.devstack.PrismService;
import news.prism.testkit.Caller;

/**
 * A write endpoint taking a JSON body: a body it accepts, and the fields of that body the corpus breaks one at a
 * time.
 *
 * @param elementwise a batch, which refuses a bad element in its answer rather than the request as a whole
 */
public record JsonEndpoint(PrismService service, String endpoint, String method, String target, String contentType,
                           Caller caller, ObjectNode template, List<Field> fields, boolean elementwise) {

    /** A request whose document as a whole is at fault. */
    public BadRequest request(String sentContentType, byte[] body, Family family, String variant) {
        return new BadRequest(service, endpoint, method, target, sentContentType, body, caller, family, null, null,
                BadRequest.Expectation.REFUSED, variant);
    }

    /** A request breaking one field, which a batch may refuse in its answer for the element holding it. */
    public BadRequest request(byte[] body, Family family, Field field, String variant) {
        return new BadRequest(service, endpoint, method, target, contentType, body, caller, family, field.path(),
                field.alsoNamed(),
                elementwise ? BadRequest.Expectation.REFUSED_OR_ELEMENT_REFUSED : BadRequest.Expectation.REFUSED,
                variant);
    }

    /** The first field of a kind that takes text, where the document-level families put their bytes. */
    public Field firstText() {
        return fields.stream().filter(Field::isText).findFirst().orElseThrow();
    }
}
