package news.prism.render.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import news.prism.render.RenderSettings;
import org.junit.jupiter.api.Test;

class FeedIdsTest {

    private final FeedIds ids = new FeedIds(new RenderSettings("https://reader.prism.example:8443/", "https://notify.example",
            "UTC", "Prism", LocalDate.parse("2026-01-01")));

    @Test
    void aStoryWithAUuidIsAUrnUuid() {
        assertThat(ids.entry("6F1C2A4E-3B7D-4C19-9A51-0D2E8F7B6C3A"))
                .isEqualTo("urn:uuid:6f1c2a4e-3b7d-4c19-9a51-0d2e8f7b6c3a");
    }

    @Test
    void anyOtherStoryIdAndEveryFeedIsATagUnderThePublicHostName() {
        assertThat(ids.entry("story-7")).isEqualTo("tag:reader.prism.example,2026-01-01:story:story-7");
        assertThat(ids.entry("a b/ü")).isEqualTo("tag:reader.prism.example,2026-01-01:story:a%20b%2F%C3%BC");
        assertThat(ids.feed("ai")).isEqualTo("tag:reader.prism.example,2026-01-01:topic:ai");
    }
}
