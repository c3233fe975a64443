package news.prism.story.review;

import static news.prism.story.SampleStory.item;
import static news.prism.story.SampleStory.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import news.prism.errors.FieldError;
import news.prism.story.SampleStory;
import news.prism.story.story.StoryContent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntegrityCheckTest {

    private final IntegrityCheck check = new IntegrityCheck();

    @Test
    void theSampleStoryKeepsEveryRule() {
        assertThat(check.check(SampleStory.content())).isEmpty();
    }

    @Nested
    class Rule1MarkersPointAtSources {

        @Test
        void aMarkerWithoutItsSourceIsNamedWhereItStands() {
            List<FieldError> errors = brokenBy(story -> item(story, "body", 0).put("text", "The council voted [1][9]."));

            assertThat(errors).containsExactly(new FieldError("body[0].text", "cites [9] but there is no source 9"));
        }

        @Test
        void markersAreFoundInEverySection() {
            List<FieldError> errors = brokenBy(story -> {
                item(story, "faq", 2).put("answer", "See [12].");
                item(story, "body", 3).put("items", List.of("One [1]", "Two [13]"));
                story.put("dek", "A dek citing [14].");
            });

            assertThat(errors).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("faq[2].answer", "body[3].items[1]", "dek");
        }
    }

    @Test
    void rule2EverySourceIsCited() {
        List<FieldError> errors = brokenBy(story -> list(story, "sources").add(new HashMap<>(Map.of(
                "outlet", "Lindenport Herald", "title", "Uncited", "url", "https://herald.example/uncited",
                "perspective", "city-hall"))));

        assertThat(errors).extracting(FieldError::field).containsExactly("sources[6]");
        assertThat(errors.getFirst().message()).contains("source 7 is never cited");
    }

    @Nested
    class Rule3PerspectivesAndShares {

        @Test
        @SuppressWarnings("unchecked")
        void oneGroupIsNotBalance() {
            List<FieldError> errors = brokenBy(story -> {
                list(story, "perspectives").subList(1, 3).clear();
                list(story, "sources").forEach(source -> ((Map<String, Object>) source).put("perspective", "city-hall"));
                list(story, "viewpoints").forEach(view -> ((Map<String, Object>) view).put("perspective", "city-hall"));
            });

            assertThat(errors).extracting(FieldError::field).containsExactly("perspectives");
        }

        @Test
        void givenSharesAddUpTo100() {
            List<FieldError> errors = brokenBy(story -> shares(story, 50, 30, 10));

            assertThat(errors).containsExactly(
                    new FieldError("perspectives", "the shares add up to 90, they must add up to 100"));
        }

        @Test
        void sharesAreGivenForAllOrNone() {
            List<FieldError> errors = brokenBy(story -> shares(story, 60, null, 40));

            assertThat(errors).extracting(FieldError::field).containsExactly("perspectives[1].share");
        }

        @Test
        void sharesAddingUpTo100AreAccepted() {
            assertThat(brokenBy(story -> shares(story, 45, 20, 35))).isEmpty();
        }

        private static void shares(Map<String, Object> story, Integer... shares) {
            for (int i = 0; i < shares.length; i++) {
                item(story, "perspectives", i).put("share", shares[i]);
            }
        }
    }

    @Nested
    class Rule4PerspectiveKeys {

        @Test
        void aSourceSpeaksForADeclaredPerspective() {
            List<FieldError> errors = brokenBy(story -> item(story, "sources", 3).put("perspective", "industry"));

            // The vendors lost their only source, too.
            assertThat(errors).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("sources[3].perspective", "perspectives[1]");
        }

        @Test
        void aViewpointBelongsToADeclaredPerspective() {
            List<FieldError> errors = brokenBy(story -> item(story, "viewpoints", 1).put("perspective", "industry"));

            assertThat(errors).extracting(FieldError::field).containsExactly("viewpoints[1].perspective");
        }

        @Test
        void everyPerspectiveHasASource() {
            List<FieldError> errors = brokenBy(story -> list(story, "perspectives").add(new HashMap<>(Map.of(
                    "key", "residents", "name", "Residents", "summary", "Those the decisions are about."))));

            assertThat(errors).extracting(FieldError::field).containsExactly("perspectives[3]");
        }
    }

    @Nested
    class Rule5Orientation {

        @Test
        void someoneIsNamedAsNotRepresented() {
            assertThat(brokenBy(story -> story.put("notRepresented", List.of())))
                    .extracting(FieldError::field).containsExactly("notRepresented");
        }

        @Test
        void fullCoverageIsAnExplicitClaim() {
            assertThat(brokenBy(story -> {
                story.put("notRepresented", List.of());
                story.put("allRepresented", true);
            })).isEmpty();
        }

        @Test
        void fullCoverageCannotBeClaimedBesideMissingGroups() {
            assertThat(brokenBy(story -> story.put("allRepresented", true)))
                    .extracting(FieldError::field).containsExactly("allRepresented");
        }

        @Test
        void whyItMattersIsSet() {
            assertThat(brokenBy(story -> story.put("whyItMatters", " ")))
                    .extracting(FieldError::field).containsExactly("whyItMatters");
        }

        @Test
        void threeToSevenKeyPoints() {
            assertThat(brokenBy(story -> list(story, "keyPoints").subList(2, 5).clear()))
                    .containsExactly(new FieldError("keyPoints", "needs 3 to 7 entries, it has 2"));
            assertThat(brokenBy(story -> list(story, "keyPoints").addAll(List.of("Six [1].", "Seven.", "Eight."))))
                    .containsExactly(new FieldError("keyPoints", "needs 3 to 7 entries, it has 8"));
        }
    }

    @Test
    void rule6SourceUrlsAreAbsoluteHttp() {
        List<FieldError> errors = brokenBy(story -> {
            item(story, "sources", 0).put("url", "ftp://lindenport-herald.example/story");
            item(story, "sources", 1).put("url", "www.lindenport.example/reports/ai");
            item(story, "sources", 2).put("url", "https://");
        });

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("sources[0].url", "sources[1].url", "sources[2].url");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        List<FieldError> errors = brokenBy(story -> {
            item(story, "body", 0).put("text", "Cites [42].");
            item(story, "perspectives", 0).put("share", 10);
            story.put("notRepresented", new ArrayList<>());
            story.put("whyItMatters", null);
            item(story, "sources", 5).put("url", "opencode-collective.example");
        });

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "body[0].text", "perspectives[1].share", "perspectives[2].share", "notRepresented", "whyItMatters",
                "sources[5].url");
    }

    private List<FieldError> brokenBy(Consumer<Map<String, Object>> change) {
        StoryContent story = SampleStory.content(change);
        return check.check(story);
    }
}
