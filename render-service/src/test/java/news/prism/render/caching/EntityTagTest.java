package news.prism.render.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTagTest {

    private final EntityTag tag = EntityTag.of("<p>a page</p>");

    @Test
    void isTheQuotedSha256OfTheUtf8Text() {
        assertThat(EntityTag.of("").header())
                .isEqualTo("\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"");
        assertThat(EntityTag.of("Ü").opaque()).isEqualTo(EntityTag.sha256Hex("Ü")).isNotEqualTo(EntityTag.sha256Hex("U"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s", "W/%s", "\"other\", %s", "\"other\",%s ,\"more\"", "*", " * "})
    void anIfNoneMatchNamingItMatchesWeakly(String field) {
        assertThat(tag.isNamedIn(List.of(field.formatted(tag.header())))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"other\"", "W/\"other\"", "%s-but-longer", "\"unterminated", "garbage, \"x\""})
    void anyOtherIfNoneMatchDoesNot(String field) {
        String value = field.contains("%s") ? field.formatted(tag.opaque()) : field;
        assertThat(tag.isNamedIn(List.of(value))).isFalse();
    }

    @Test
    void severalIfNoneMatchFieldsAreOneList() {
        assertThat(tag.isNamedIn(List.of("\"other\"", tag.header()))).isTrue();
        assertThat(tag.isNamedIn(List.of())).isFalse();
    }
}
