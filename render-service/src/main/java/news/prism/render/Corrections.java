package news.prism.render;

import news.prism.events.StoryPublished;

/** A correction is a later approved version that carries a correction note. */
public final class Corrections {

    private Corrections() {
    }

    public static boolean isCorrection(StoryPublished story) {
        return story.getVersion() > 1 && story.getCorrectionNote() != null;
    }
}
