package news.prism.render.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptSafeJsonTest {

    @Test
    void writesNothingThatCouldEndTheScriptElementOrOpenAComment() {
        String json = ScriptSafeJson.write(Map.of("text", "</script><!-- & -->"));

        assertThat(json).isEqualTo("{\"text\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e\"}");
        assertThat(json).doesNotContain("<", ">", "&");
    }

    @Test
    void escapesQuotesBackslashesControlCharactersAndLineSeparators() {
        assertThat(ScriptSafeJson.write("a\"b\\c\nd\re\tf\u0001g\u2028h\u2029"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028h\\u2029\"");
    }

    @Test
    void readsBackAsTheSameValues() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "NewsArticle");
        value.put("headline", "<script>alert(1)</script>\"><img src=x onerror=alert(1)> «Ünïcode» 😀");
        value.put("citation", List.of("https://a.example/?q=1&r=<2>"));
        value.put("nested", Map.of("n", 3, "flag", true));
        value.put("nothing", null);

        String json = ScriptSafeJson.write(value);

        assertThat(json).startsWith("{\"@type\":\"NewsArticle\",\"headline\":");
        Map<String, Object> read = ObjectMapper.getDefault().readValue(json, Argument.mapOf(String.class, Object.class));
        assertThat(read).containsEntry("headline", value.get("headline")).containsEntry("citation", value.get("citation"))
                .containsEntry("nested", Map.of("n", 3, "flag", true)).containsEntry("nothing", null);
    }

    @Test
    void refusesValuesJsonHasNoWordFor() {
        assertThatThrownBy(() -> ScriptSafeJson.write(Arrays.asList(new Object())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
