package news.prism.story;

import news.prism.testkit.Caller;

/** The newsroom staff of the story tests: one reporter and the editors who review her work. */
public final class Staff {

    public static final Caller ALICE = Caller.reporter("alice");
    public static final Caller BOB = Caller.editor("bob");
    public static final Caller CAROL = Caller.editor("carol");
    public static final Caller DAVE = Caller.editor("dave");
    public static final Caller ERIN = Caller.editor("erin");

    private Staff() {
    }
}
