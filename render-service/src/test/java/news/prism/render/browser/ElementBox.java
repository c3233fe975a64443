package news.prism.render.browser;

import com.fasterxml.jackson.databind.JsonNode;

/** Where an element is drawn, in CSS pixels relative to the viewport, and whether the browser shows it at all. */
record ElementBox(double left, double top, double width, double height, boolean visible) {

    static ElementBox of(JsonNode box) {
        return new ElementBox(box.get("left").asDouble(), box.get("top").asDouble(), box.get("width").asDouble(),
                box.get("height").asDouble(), box.get("visible").asBoolean());
    }

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }

    /** Shown, with an area a reader can see. */
    boolean isDisplayed() {
        return visible && width > 0 && height > 0;
    }

    /** Wholly inside a viewport of this size, as a reader sees it without scrolling. */
    boolean isWithin(double viewportWidth, double viewportHeight) {
        return left >= 0 && top >= 0 && right() <= viewportWidth && bottom() <= viewportHeight;
    }
}
