package news.prism.e2e.corpus;

import static news.prism.e2e.corpus.Garbage.MARKER;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The families that spoil a JSON document as a whole: its syntax, its encoding, its depth, its size, its content
 * type. The answer need not name a field.
 */
final class DocumentFamilies {

    private static final int DEPTH = 2_000;
    /** Above the services' largest accepted request (micronaut.server.max-request-size, 10 MB). */
    private static final int TOO_LARGE = 11 * 1024 * 1024;
    private static final List<String> WRONG_CONTENT_TYPES =
            List.of("text/plain", "application/xml", "application/x-www-form-urlencoded");

    private DocumentFamilies() {
    }

    static List<BadRequest> of(JsonEndpoint endpoint) {
        List<BadRequest> corpus = new ArrayList<>();
        byte[] valid = JsonBodies.of(endpoint.template());
        String type = endpoint.contentType();
        corpus.add(endpoint.request(type, concat(valid, utf8("xyz" + MARKER)), Family.TRAILING_CONTENT,
                "{...}xyz"));
        corpus.add(endpoint.request(type, concat(valid, utf8("]" + MARKER)), Family.TRAILING_CONTENT, "{...}]"));
        corpus.add(endpoint.request(type, concat(valid, valid), Family.SECOND_DOCUMENT, "{...}{...}"));
        corpus.add(endpoint.request(type, concat(valid, utf8("\n"), valid), Family.SECOND_DOCUMENT,
                "{...}\\n{...}"));
        invalidUtf8(endpoint, corpus);
        corpus.add(endpoint.request(type, utf8("[".repeat(DEPTH) + "]".repeat(DEPTH)), Family.DEEP_NESTING,
                DEPTH + " nested arrays"));
        corpus.add(endpoint.request(type, utf8("{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH)),
                Family.DEEP_NESTING, DEPTH + " nested objects"));
        corpus.add(endpoint.request(type, JsonBodies.withRaw(endpoint.template(), endpoint.firstText().path(),
                utf8("[".repeat(DEPTH) + "]".repeat(DEPTH))), Family.DEEP_NESTING,
                DEPTH + " nested arrays in " + endpoint.firstText().path()));
        malformed(endpoint, valid, corpus);
        for (String wrong : WRONG_CONTENT_TYPES) {
            corpus.add(endpoint.request(wrong, valid, Family.WRONG_CONTENT_TYPE, wrong));
        }
        return corpus;
    }

    /** An oversized body, for one endpoint of each service (each one is {@value #TOO_LARGE} bytes to send). */
    static BadRequest tooLarge(JsonEndpoint endpoint) {
        byte[] padding = Garbage.repeat("a", TOO_LARGE).getBytes(StandardCharsets.US_ASCII);
        byte[] body = JsonBodies.withRaw(endpoint.template(), endpoint.firstText().path(),
                concat(utf8("\"" + MARKER), padding, utf8("\"")));
        return endpoint.request(endpoint.contentType(), body, Family.TOO_LARGE_BODY, "11 MB");
    }

    private static void invalidUtf8(JsonEndpoint endpoint, List<BadRequest> corpus) {
        String field = endpoint.firstText().path();
        for (String[] bytes : new String[][] {{"c0af", "overlong C0 AF"}, {"80", "lone continuation byte 80"},
                {"eda080", "encoded surrogate ED A0 80"}, {"e282", "truncated sequence E2 82"}}) {
            byte[] string = concat(utf8("\"" + MARKER), HexFormat.of().parseHex(bytes[0]), utf8(MARKER + "\""));
            corpus.add(endpoint.request(endpoint.contentType(), JsonBodies.withRaw(endpoint.template(), field, string),
                    Family.INVALID_UTF8, bytes[1] + " in " + field));
        }
    }

    private static void malformed(JsonEndpoint endpoint, byte[] valid, List<BadRequest> corpus) {
        String type = endpoint.contentType();
        String text = new String(valid, StandardCharsets.UTF_8);
        corpus.add(endpoint.request(type, new byte[0], Family.MALFORMED_JSON, "empty body"));
        corpus.add(endpoint.request(type, utf8(text.substring(0, text.length() / 2) + MARKER), Family.MALFORMED_JSON,
                "cut off"));
        corpus.add(endpoint.request(type, utf8("null"), Family.MALFORMED_JSON, "null"));
        corpus.add(endpoint.request(type, utf8("[]"), Family.MALFORMED_JSON, "[]"));
        corpus.add(endpoint.request(type, utf8("\"" + MARKER + "\""), Family.MALFORMED_JSON, "a string"));
        corpus.add(endpoint.request(type, utf8(text.substring(0, text.length() - 1) + ",}"), Family.MALFORMED_JSON,
                "trailing comma"));
        corpus.add(endpoint.request(type, concat(utf8("/* " + MARKER + " */"), valid), Family.MALFORMED_JSON,
                "a comment"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
