package news.prism.http.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every body a service takes is read strictly before it is bound, and refused naming the field. */
@MicronautTest(environments = "test")
@Property(name = "spec.name", value = "StrictInputTest")
@Property(name = "prism.http.input.max-depth", value = "8")
@Property(name = "prism.http.input.max-list-size", value = "5")
@Property(name = "prism.http.input.max-text-length", value = "40")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictInputTest {

    private static final String VALID = """
            {"title":"a title","count":2,"share":40,"flag":true,"ratio":0.5,"items":["x"],
             "nested":{"name":"n","share":1},"id":"0b9a3c62-8a5e-4a47-9f0e-3a1f2b4c5d6e","kind":"NEWS"}""";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private final HttpClient client = HttpClient.newHttpClient();

    @AfterAll
    void closeClient() {
        client.close();
    }

    @Test
    void aValidBodyIsBoundAsSent() throws Exception {
        Answer answer = post("/samples", "application/json", VALID);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"title\":\"a title\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"title\":true}                      | title        | must be a string",
            "{\"title\":12}                        | title        | must be a string",
            "{\"title\":[\"x\"]}                   | title        | must be a string",
            "{\"title\":{\"a\":1}}                 | title        | must be a string",
            "{\"count\":1.5}                       | count        | must be a whole number",
            "{\"count\":\"3\"}                     | count        | must be a whole number",
            "{\"count\":null}                      | count        | must not be null",
            "{\"count\":99999999999}               | count        | must be between",
            "{\"share\":1e2}                       | share        | must be a whole number",
            "{\"flag\":\"yes\"}                    | flag         | must be true or false",
            "{\"flag\":1}                          | flag         | must be true or false",
            "{\"ratio\":\"0.5\"}                   | ratio        | must be a number",
            "{\"items\":\"x\"}                     | items        | must be a list",
            "{\"items\":[1]}                       | items[0]     | must be a string",
            "{\"items\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]} | items | must have at most 5 entries",
            "{\"nested\":[]}                       | nested       | must be an object",
            "{\"nestedList\":[{\"name\":false}]}   | nestedList[0].name | must be a string",
            "{\"id\":\"not-a-uuid\"}               | id           | must be a UUID",
            "{\"kind\":\"SATIRE\"}                 | kind         | must be one of",
            "{\"title\":\"a\",\"title\":\"b\"}     | title        | is given more than once",
            "{\"title\":\"12345678901234567890123456789012345678901\"} | title | must be at most 40 characters",
            "{\"title\":\"a\\u0000b\"}             | title        | control character U+0000",
            "{\"title\":\"\\u0007\"}               | title        | control character U+0007",
            "{\"title\":\"\\ud800\"}               | title        | unpaired surrogate (U+D800)",
            "{\"title\":\"x\\udc00\"}              | title        | unpaired surrogate (U+DC00)",
            "{\"title\":\"\\uffff\"}               | title        | non-character U+FFFF",
            "{\"title\":\"\\ufdd0\"}               | title        | non-character U+FDD0",
            "{\"title\":\"\\ud83f\\udffe\"}        | title        | non-character U+1FFFE",
            "{\"title\":\"\\u200b\\u200b\"}        | title        | invisible characters only",
            "{\"unknown\":\"\\u0000\"}             | unknown      | control character U+0000",
            "{\"title\":\"a\"} xyz                 | $            | is not valid JSON",
            "{\"title\":\"a\"}{\"title\":\"b\"}    | $            | one JSON document and nothing after it",
            "{\"title\":\"a\"} 1                   | $            | one JSON document and nothing after it",
            "[\"x\"]                               | $            | must be an object",
            "{\"title\":                           | $            | is not valid JSON",
            "[[[[[[[[[[]]]]]]]]]]                  | $            | nests deeper than 8 levels",
    })
    void aBadJsonValueIsRefusedNamingItsPath(String body, String field, String message) throws Exception {
        assertRefused(post("/samples", "application/json", body), field, message);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        Answer answer = post("/samples", "application/json", "{\"title\":1,\"flag\":\"no\",\"items\":[true]}");

        assertThat(answer.errors()).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("title", "flag", "items[0]");
    }

    @Test
    void aWhitespaceOnlyValueIsLeftToTheFieldsOwnRules() throws Exception {
        assertThat(post("/samples", "application/json", "{\"title\":\"  \"}").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "overlong solidus, C0AF",
            "lone continuation byte, 80",
            "encoded surrogate, EDA080",
            "truncated sequence, E282",
            "byte never in UTF-8, FF",
    })
    void invalidUtf8IsRefused(String name, String hex) throws Exception {
        byte[] bad = HexFormat.of().parseHex(hex);
        byte[] body = concat("{\"title\":\"a".getBytes(StandardCharsets.UTF_8), bad,
                "\"}".getBytes(StandardCharsets.UTF_8));

        Answer answer = post("/samples", "application/json", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errors()).anySatisfy(error ->
                assertThat(error.get("message")).isEqualTo("is not valid UTF-8"));
    }

    @Test
    void aDocumentReadByItsControllerIsStillReadStrictly() throws Exception {
        assertThat(post("/samples/raw", "application/ninjs+json", "{\"uri\":\"a\"}").status()).isEqualTo(200);

        Answer trailing = post("/samples/raw", "application/ninjs+json", "{\"uri\":\"a\"}{}");
        Answer duplicate = post("/samples/raw", "application/ninjs+json", "{\"uri\":\"a\",\"uri\":\"b\"}");
        Answer nul = post("/samples/raw", "application/ninjs+json", "{\"headline\":\"\\u0000\"}");

        assertThat(trailing.errors()).extracting(error -> error.get("field")).containsExactly("$");
        assertThat(duplicate.errors()).extracting(error -> error.get("field")).containsExactly("uri");
        assertThat(nul.errors()).extracting(error -> error.get("field")).containsExactly("headline");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "email=%zz                 | email | is not valid percent-encoded UTF-8",
            "email=a%                  | email | is not valid percent-encoded UTF-8",
            "email=a%4                 | email | is not valid percent-encoded UTF-8",
            "email=%C0%AF              | email | is not valid percent-encoded UTF-8",
            "email=%E9t%E9             | email | is not valid percent-encoded UTF-8",
            "topic=ai&email=%00        | email | control character U+0000",
            "email=a%40b.c&topic=%EF%BF%BF | topic | non-character U+FFFF",
            "%zz=1                     | $     | field name",
            "email=a%40b.c&email=c%40d.e | email | is given more than once",
    })
    void aBadFormIsRefusedNamingTheField(String body, String field, String message) throws Exception {
        assertRefused(post("/samples/form", "application/x-www-form-urlencoded", body), field, message);
    }

    @Test
    void aValidFormIsBound() throws Exception {
        Answer answer = post("/samples/form", "application/x-www-form-urlencoded",
                "email=reader%40prism.example&topic=ai&topic=caf%C3%A9+culture");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("reader@prism.example [ai, café culture]");
    }

    @Test
    void anUnexpectedFailureIsAnsweredWithAnErrorIdAndNothingOfItsCause() throws Exception {
        Answer answer = post("/samples/fail", "application/json", "{\"title\":\"MARKER-7731\"}");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).doesNotContain("MARKER-7731", "secret_table", "ERROR:", "IllegalStateException");
        String errorId = (String) answer.problem().get("errorId");
        assertThat(errorId).isNotBlank();
        assertThat((String) answer.problem().get("detail")).contains(errorId);
    }

    @Test
    void aPathValueOfTheWrongTypeIsNamedWithoutQuotingIt() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/samples/MARKER-4410")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("MARKER-4410").contains("\"field\":\"id\"")
                .contains("\"instance\":\"/samples/{id}\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/samples/%zz", "/samples/%C0%AF", "/samples/a?x=%zz",
            "/samples/a?x=%", "/samples/%00"})
    void aBadEscapeInTheAddressIsAClientError(String path) throws Exception {
        // Sent over a plain socket: java.net.URI refuses to build such an address at all.
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 4");
        }
    }

    private static void assertRefused(Answer answer, String field, String message) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errors()).anySatisfy(error -> {
            assertThat(error.get("field")).isEqualTo(field);
            assertThat(error.get("message")).asString().contains(message);
        });
    }

    private Answer post(String path, String contentType, String body) throws IOException, InterruptedException {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), json);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private record Answer(int status, String contentType, String body, JsonMapper json) {

        Map<String, Object> problem() throws IOException {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors() throws IOException {
            Object errors = problem().get("errors");
            return errors == null ? List.of() : (List<Map<String, Object>>) errors;
        }
    }
}
