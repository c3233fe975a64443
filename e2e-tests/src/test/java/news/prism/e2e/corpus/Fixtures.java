package news.prism.e2e.corpus;

import news.prism.testkit.Caller;

/**
 * The objects the corpus's requests address, made with valid requests before the row counts are taken: a story in
 * each state a write endpoint needs, and a candidate.
 *
 * @param run what makes this run's URLs, e-mail addresses and headlines its own
 * @param approver an editor who neither wrote nor last edited any of the stories, so may approve them
 */
public record Fixtures(String run, Caller newsroom, Caller reporter, Caller editor, Caller approver, String draft,
                       String inReview, String published, String correctionInReview, String candidate) {
}
