package news.prism.e2e.corpus;

import static news.prism.e2e.corpus.Garbage.MARKER;

import java.util.ArrayList;
import java.util.List;
import news.prism.devstack.PrismService;
import news.prism.testkit.Caller;

/**
 * The families that spoil what the address carries: the id in a path, the token in a query. Each value is sent as
 * it is written here, percent-escapes and all.
 */
final class AddressFamilies {

    private static final List<String[]> BAD_IDS = List.of(
            new String[] {"not-a-uuid-" + MARKER, "not a UUID"},
            new String[] {"%00" + MARKER, "%00"},
            new String[] {"%zz" + MARKER, "bad percent-escape %zz"},
            new String[] {"%ED%A0%80" + MARKER, "encoded surrogate %ED%A0%80"},
            new String[] {"%C0%AF" + MARKER, "overlong %C0%AF"},
            new String[] {Garbage.repeat("a", 10_000) + MARKER, "10,000 characters"});

    private AddressFamilies() {
    }

    /** An endpoint with an id in its path ({@code {id}} in {@code path}), sent with a body it would accept. */
    record IdEndpoint(PrismService service, String endpoint, String method, String path, String contentType,
                      byte[] body, Caller caller) {
    }

    /** An endpoint reached through a link carrying a token in its query. */
    record TokenEndpoint(PrismService service, String endpoint, String method, String path, String contentType,
                         byte[] body) {
    }

    static List<BadRequest> ids(IdEndpoint endpoint) {
        List<BadRequest> corpus = new ArrayList<>();
        for (String[] id : BAD_IDS) {
            corpus.add(new BadRequest(endpoint.service(), endpoint.endpoint(), endpoint.method(),
                    endpoint.path().replace("{id}", id[0]), endpoint.contentType(), endpoint.body(), endpoint.caller(),
                    Family.BAD_PATH_ID, null, null, BadRequest.Expectation.REFUSED, id[1]));
        }
        return corpus;
    }

    static List<BadRequest> tokens(TokenEndpoint endpoint) {
        List<BadRequest> corpus = new ArrayList<>();
        corpus.add(token(endpoint, "", "token", "no token"));
        corpus.add(token(endpoint, "?token=", "token", "empty token"));
        corpus.add(token(endpoint, "?token=%20%20%20", "token", "blank token"));
        corpus.add(token(endpoint, "?token=%zz" + MARKER, null, "bad percent-escape %zz"));
        corpus.add(token(endpoint, "?token=" + MARKER + "%", null, "a lone %"));
        corpus.add(token(endpoint, "?token=" + MARKER + "%00", null, "%00"));
        corpus.add(token(endpoint, "?token=" + MARKER + "%ED%A0%80", null, "encoded surrogate %ED%A0%80"));
        corpus.add(token(endpoint, "?token=" + MARKER + "%C0%AF", null, "overlong %C0%AF"));
        corpus.add(token(endpoint, "?token=" + MARKER + "%EF%BF%BF", null, "noncharacter %EF%BF%BF"));
        corpus.add(token(endpoint, "?token=%25", null, "a LIKE wildcard"));
        corpus.add(token(endpoint, "?token=" + Garbage.repeat("a", 10_000) + MARKER, null, "10,000 characters"));
        corpus.add(token(endpoint, "?token=" + MARKER + "&token=" + MARKER, null, "the token twice"));
        return corpus;
    }

    private static BadRequest token(TokenEndpoint endpoint, String query, String field, String variant) {
        return new BadRequest(endpoint.service(), endpoint.endpoint(), endpoint.method(), endpoint.path() + query,
                endpoint.contentType(), endpoint.body(), null, Family.BAD_TOKEN, field, null,
                BadRequest.Expectation.REFUSED, variant);
    }
}
