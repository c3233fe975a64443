package news.prism.story.review;

import jakarta.inject.Singleton;
import java.util.Optional;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.story.Story;

/**
 * Who may not take a step on their own work: a version is approved by someone other than the story's author and
 * its last editor (integrity rule 7 of story-anatomy.md, corrections included), and a published story is retracted
 * by someone other than its author unless an admin does it. Names are compared as {@link ActingUser#is} does, so
 * a stored name matches its user however either was spelt.
 */
@Singleton
public class FourEyes {

    /** Why the user may not approve the story's working copy, or empty when they may. */
    public Optional<String> refusalToApprove(Story story, ActingUser approver) {
        if (approver.is(story.author())) {
            return Optional.of(approver.name() + " wrote this story; another editor must approve it");
        }
        if (approver.is(story.lastEditor())) {
            return Optional.of(approver.name() + " edited this story last; another editor must approve it");
        }
        return Optional.empty();
    }

    /** Why the user may not retract the story, or empty when they may. */
    public Optional<String> refusalToRetract(Story story, ActingUser retractor) {
        if (retractor.is(story.author()) && !retractor.hasRole(Roles.ADMIN)) {
            return Optional.of(retractor.name() + " wrote this story; another editor or an admin must retract it");
        }
        return Optional.empty();
    }
}
