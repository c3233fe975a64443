package news.prism.e2e.corpus;

import static news.prism.e2e.corpus.Garbage.MARKER;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.prism.devstack.PrismService;

/**
 * The subscribe box of a story page ({@code email} and {@code topic}, form-encoded) broken field by field; bodies
 * are written as sent, percent-escapes and all.
 */
final class FormFamilies {

    static final String FORM = "application/x-www-form-urlencoded";
    private static final String ENDPOINT = "POST /api/subscriptions (form)";
    private static final String PATH = "/api/subscriptions";

    private FormFamilies() {
    }

    /** {@code email} and {@code topic} are percent-encoded already. */
    static List<BadRequest> of(String email, String topic) {
        String validEmail = "email=" + email;
        String validTopic = "topic=" + topic;
        List<BadRequest> corpus = new ArrayList<>();
        for (String[] bad : new String[][] {{"%zz", "%zz"}, {"%", "a lone %"}, {"%e9", "%e9 alone"},
                {"a%4", "a cut-off escape"}}) {
            corpus.add(form("email=" + MARKER + bad[0] + "&" + validTopic, Family.BAD_PERCENT_ESCAPE, "email", bad[1]));
            corpus.add(form(validEmail + "&topic=" + MARKER + bad[0], Family.BAD_PERCENT_ESCAPE, "topic", bad[1]));
        }
        corpus.add(form("email=" + MARKER + "%00%40x.example&" + validTopic, Family.NUL_CHARACTER, "email", "%00"));
        corpus.add(form(validEmail + "&topic=" + MARKER + "%00", Family.NUL_CHARACTER, "topic", "%00"));
        for (String[] bad : new String[][] {{"%C0%AF", "overlong %C0%AF"}, {"%80", "lone continuation %80"},
                {"%ED%A0%80", "encoded surrogate %ED%A0%80"}, {"%E2%82", "truncated %E2%82"}}) {
            corpus.add(form("email=" + MARKER + bad[0] + "%40x.example&" + validTopic, Family.INVALID_UTF8, "email",
                    bad[1]));
            corpus.add(form(validEmail + "&topic=" + MARKER + bad[0], Family.INVALID_UTF8, "topic", bad[1]));
        }
        corpus.add(form("email=" + MARKER + "%EF%BF%BF%40x.example&" + validTopic, Family.NONCHARACTER, "email",
                "U+FFFF"));
        corpus.add(form(validEmail + "&topic=" + MARKER + "%EF%B7%90", Family.NONCHARACTER, "topic", "U+FDD0"));
        corpus.add(form("email=" + Garbage.repeat("a", 10_000) + MARKER + "%40x.example&" + validTopic,
                Family.TOO_LONG_STRING, "email", "10,000 characters"));
        corpus.add(form(validEmail + "&topic=" + Garbage.repeat("a", 10_000) + MARKER, Family.TOO_LONG_STRING, "topic",
                "10,000 characters"));
        corpus.add(form(validEmail + ("&" + validTopic).repeat(25), Family.TOO_LONG_LIST, "topic", "25 topics"));
        // More fields than the server reads in one form: refused before the form is read, so by no field.
        corpus.add(new BadRequest(PrismService.NOTIFY, ENDPOINT, "POST", PATH, FORM,
                (validEmail + ("&" + validTopic).repeat(10_000)).getBytes(StandardCharsets.US_ASCII), null,
                Family.TOO_LONG_LIST, null, null, BadRequest.Expectation.REFUSED, "10,000 topics"));
        corpus.add(form("email=%20%20%20&" + validTopic, Family.BLANK_TEXT, "email", "only whitespace"));
        corpus.add(form("email=%E2%80%8B%E2%81%A0&" + validTopic, Family.BLANK_TEXT, "email",
                "only zero-width characters"));
        corpus.add(form(validTopic, Family.MISSING_FIELD, "email", "left out"));
        corpus.add(form(validEmail, Family.MISSING_FIELD, "topic", "left out"));
        corpus.add(form("email=" + MARKER + "%40x.example&" + validEmail + "&" + validTopic, Family.DUPLICATE_KEY,
                "email", "email twice"));
        byte[] valid = (validEmail + "&" + validTopic).getBytes(StandardCharsets.US_ASCII);
        for (String wrong : List.of("text/plain", "application/xml")) {
            corpus.add(new BadRequest(PrismService.NOTIFY, ENDPOINT, "POST", PATH, wrong, valid, null,
                    Family.WRONG_CONTENT_TYPE, null, null, BadRequest.Expectation.REFUSED, wrong));
        }
        return corpus;
    }

    private static BadRequest form(String body, Family family, String field, String variant) {
        // The form names a bad topic by its place among the topic fields.
        String alsoNamed = field.equals("topic") ? "topic[0]" : null;
        return new BadRequest(PrismService.NOTIFY, ENDPOINT, "POST", PATH, FORM,
                body.getBytes(StandardCharsets.US_ASCII), null, family, field, alsoNamed,
                BadRequest.Expectation.REFUSED, variant);
    }
}
