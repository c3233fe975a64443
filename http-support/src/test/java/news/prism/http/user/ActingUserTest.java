package news.prism.http.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActingUserTest {

    @Test
    void holdsOnlyTheNormalisedName() {
        assertThat(new ActingUser("  \uFF21lice\u00A0Smith\t", Set.of("editor")).name()).isEqualTo("alice smith");
    }

    @Test
    void isTheUserOfEverySpellingOfTheirName() {
        ActingUser alice = new ActingUser("alice", Set.of("editor"));

        assertThat(alice.is("alice")).isTrue();
        assertThat(alice.is("ALICE ")).isTrue();
        assertThat(alice.is("alice\u200B")).isTrue();
        assertThat(alice.is("\uFF41lice")).isTrue();
        assertThat(alice.is("alicia")).isFalse();
        assertThat(alice.is(null)).isFalse();
    }

    @Test
    void aSubjectNamingNoOneMakesNoUser() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ActingUser("alice\u200B", Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ActingUser(" ", Set.of()));
    }
}
