package news.prism.http.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserNamesTest {

    /** Spellings of one name that a token could carry: each is the same user as "alice". */
    @ParameterizedTest
    @ValueSource(strings = {"alice", "Alice", "ALICE", "alice ", " alice", "alice\t", "\talice\n", "alice\u00A0",
            "\u3000alice", "alice\u2003", "alice\u0085", "\uFF41\uFF4C\uFF49\uFF43\uFF45", "\uFF21\uFF4C\uFF49\uFF43\uFF45"})
    void spellingsOfOneNameAreOneName(String subject) {
        assertThat(UserNames.normalise(subject)).isEqualTo("alice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mary Ann", "mary  ann", "mary\tann", "MARY\u00A0ANN", "mary \u2009 ann"})
    void innerWhiteSpaceIsOneSpace(String subject) {
        assertThat(UserNames.normalise(subject)).isEqualTo("mary ann");
    }

    @Test
    void lettersBeyondAsciiAreKeptInOneComposition() {
        assertThat(UserNames.normalise("Zoe\u0308")).isEqualTo("zo\u00EB").isEqualTo(UserNames.normalise("ZO\u00CB"));
        assertThat(UserNames.normalise("\u0141ukasz")).isEqualTo("\u0142ukasz");
        assertThat(UserNames.normalise("\u5C71\u7530")).isEqualTo("\u5C71\u7530");
        assertThat(UserNames.normalise("wire-desk@newsroom.example")).isEqualTo("wire-desk@newsroom.example");
    }

    /** Characters that cannot be seen, or stand for nothing, in a name: the subject names no one. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0\u3000", "alice\u200B", "al\u200Dice", "\u200Calice",
            "\uFEFFalice", "alice\u202E", "\u2066alice", "alice\u00AD", "alice\u0000", "ali\u0007ce",
            "alice\uE000", "alice\u0378", "alice\uD800", "alice\u3164", "alice\u034F", "alice\uFE0F", "\u2060"})
    void invisibleOrMeaninglessCharactersAreRefused(String subject) {
        assertThatIllegalArgumentException().isThrownBy(() -> UserNames.normalise(subject));
    }

    @Test
    void aNameHasALengthLimit() {
        assertThat(UserNames.normalise("a".repeat(UserNames.MAX_LENGTH))).hasSize(UserNames.MAX_LENGTH);
        assertThatIllegalArgumentException().isThrownBy(() -> UserNames.normalise("a".repeat(UserNames.MAX_LENGTH + 1)))
                .withMessageContaining(String.valueOf(UserNames.MAX_LENGTH));
        assertThatIllegalArgumentException().isThrownBy(() -> UserNames.normalise(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Mary\tAnn ", "\uFF21\uFF4C\uFF49\uFF43\uFF45", "\u0130stanbul", "\u01C4ragan",
            "Stra\u00DFe", "\u1E9E", "\u212Aelvin", "\u2126mega"})
    void aNormalisedNameStaysAsItIs(String subject) {
        String name = UserNames.normalise(subject);
        assertThat(UserNames.normalise(name)).isEqualTo(name);
        assertThat(UserNames.comparable(name)).isEqualTo(name);
    }

    @Test
    void aNameStoredBeforeNormalisationComparesAsItsUser() {
        assertThat(UserNames.comparable("Alice ")).isEqualTo("alice");
        assertThat(UserNames.comparable("alice\u200B")).isEqualTo("alice");
        assertThat(UserNames.comparable("\uFEFF\uFF21lice\t")).isEqualTo("alice");
        assertThat(UserNames.comparable("Mary \u200B Ann")).isEqualTo("mary ann");
    }
}
