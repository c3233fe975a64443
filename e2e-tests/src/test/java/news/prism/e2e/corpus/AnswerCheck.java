package news.prism.e2e.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a refusal must look like: a 4xx problem naming the field, echoing neither the database nor the request. */
public final class AnswerCheck {

    private static final List<String> LEAKS = List.of("ERROR:", "PSQLException", "org.postgresql", Garbage.MARKER);

    private AnswerCheck() {
    }

    /** Everything wrong with the answer; empty when it is a proper refusal. */
    public static List<String> problems(BadRequest request, RawHttp.Answer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() == 0) {
            problems.add("no HTTP answer");
        } else if (answer.status() >= 400 && answer.status() < 500) {
            problems.addAll(problemJson(request, answer));
        } else if (request.expectation() == BadRequest.Expectation.REFUSED_OR_ELEMENT_REFUSED
                && answer.status() == 200) {
            problems.addAll(elementRefused(request, answer));
        } else {
            problems.add("status " + answer.status() + ", not 4xx");
        }
        // An accepted request is answered with what was stored, the bad value included; only refusals must not echo.
        boolean accepted = answer.status() >= 200 && answer.status() < 300
                && request.expectation() == BadRequest.Expectation.REFUSED;
        String text = answer.text();
        for (String leak : accepted ? List.<String>of() : LEAKS) {
            if (text.contains(leak)) {
                problems.add("echoes " + (leak.equals(Garbage.MARKER) ? "the request" : "'" + leak + "'"));
            }
        }
        return problems;
    }

    private static List<String> problemJson(BadRequest request, RawHttp.Answer answer) {
        String type = Objects.requireNonNullElse(answer.header("Content-Type"), "none");
        if (!type.startsWith("application/problem+json")) {
            return List.of("Content-Type " + type);
        }
        JsonNode problem = parse(answer);
        if (problem == null) {
            return List.of("a problem that is no JSON");
        }
        if (request.field() == null) {
            boolean explained = !problem.path("errors").isEmpty() || !problem.path("detail").asText("").isBlank();
            return explained ? List.of() : List.of("neither errors nor a detail");
        }
        return names(problem.path("errors"), request) ? List.of() : List.of("does not name " + request.field());
    }

    private static List<String> elementRefused(BadRequest request, RawHttp.Answer answer) {
        JsonNode document = parse(answer);
        JsonNode element = document == null ? null : document.path("results").path(0);
        if (element == null || !"REJECTED".equals(element.path("status").asText())) {
            return List.of("status 200 and the element was not refused");
        }
        return names(element.path("errors"), request) ? List.of()
                : List.of("the element's refusal does not name " + request.field());
    }

    private static boolean names(JsonNode errors, BadRequest request) {
        for (JsonNode error : errors) {
            String field = error.path("field").asText();
            if (field.equals(request.field()) || field.equals(request.alsoNamed())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode parse(RawHttp.Answer answer) {
        try {
            return JsonBodies.JSON.readTree(answer.body());
        } catch (IOException notJson) {
            return null;
        }
    }
}
