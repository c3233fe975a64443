package news.prism.render.browser;

/** The screens the reader's page is checked on: a phone held upright and a laptop. */
enum Viewport {

    NARROW(375, 812, true),
    WIDE(1280, 800, false);

    final int width;
    final int height;
    /** Emulates a phone: the page's meta viewport applies and scrollbars overlay the page. */
    final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }
}
