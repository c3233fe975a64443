package news.prism.e2e.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import news.prism.devstack.PrismService;
import news.prism.testkit.Caller;

/**
 * One request of the corpus and what it must be answered with.
 *
 * @param endpoint the write endpoint as the totals and the report name it, e.g. {@code POST /api/stories/{id}/reject}
 * @param target the request line's path and query, sent byte for byte
 * @param contentType null to send no {@code Content-Type}
 * @param caller null for a reader's request, which carries no token
 * @param field the JSON path of the field the answer must name; null when the document as a whole is at fault and
 *              any error or a detail will do
 * @param alsoNamed another name the answer may give that field, or null
 * @param variant what exactly is wrong, for the report
 */
public record BadRequest(PrismService service, String endpoint, String method, String target, String contentType,
                         byte[] body, Caller caller, Family family, String field, String alsoNamed,
                         Expectation expectation, String variant) {

    /** How the refusal may look. */
    public enum Expectation {
        /** 4xx {@code application/problem+json}. */
        REFUSED,
        /**
         * As {@link #REFUSED}, or a batch's 200 whose only element is REJECTED naming the field: a batch answers
         * each element on its own.
         */
        REFUSED_OR_ELEMENT_REFUSED
    }

    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        headers.put("Accept", "application/json, application/problem+json, text/html");
        if (caller != null) {
            headers.put("Authorization", caller.authorization());
        }
        return headers;
    }

    @Override
    public String toString() {
        return service.module() + " " + endpoint + " [" + family + (field == null ? "" : " " + field) + ": "
                + variant + "]";
    }
}
