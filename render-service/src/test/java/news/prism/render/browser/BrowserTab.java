package news.prism.render.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One page of the browser, driven the way a reader uses it: a screen size, a URL, clicks, and what is drawn. */
final class BrowserTab {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BOX_OF = """
            element => {
                const rect = element.getBoundingClientRect();
                return {left: rect.left, top: rect.top, width: rect.width, height: rect.height,
                        visible: element.checkVisibility({opacityProperty: true, visibilityProperty: true})};
            }""";

    private final DevToolsConnection devTools;
    private final String session;

    private BrowserTab(DevToolsConnection devTools, String session) {
        this.devTools = devTools;
        this.session = session;
    }

    static BrowserTab open(DevToolsConnection devTools) {
        String target = devTools.call(null, "Target.createTarget",
                devTools.parameters().put("url", "about:blank")).get("targetId").asText();
        String session = devTools.call(null, "Target.attachToTarget",
                devTools.parameters().put("targetId", target).put("flatten", true)).get("sessionId").asText();
        BrowserTab tab = new BrowserTab(devTools, session);
        tab.call("Page.enable", devTools.parameters());
        return tab;
    }

    void resize(Viewport viewport) {
        call("Emulation.setDeviceMetricsOverride", devTools.parameters().put("width", viewport.width)
                .put("height", viewport.height).put("deviceScaleFactor", 1).put("mobile", viewport.mobile));
    }

    /** Opens the URL and returns once its load event has fired. */
    void load(URI url) {
        CompletableFuture<JsonNode> loaded = devTools.nextEvent(session, "Page.loadEventFired");
        JsonNode navigation = call("Page.navigate", devTools.parameters().put("url", url.toString()));
        if (navigation.has("errorText")) {
            throw new IllegalStateException("Could not open " + url + ": " + navigation.get("errorText").asText());
        }
        devTools.await(loaded, "the load of " + url);
    }

    /** Runs a script in the page and returns its value, awaiting it if it is a promise. */
    JsonNode evaluate(String expression) {
        JsonNode evaluation = call("Runtime.evaluate", devTools.parameters().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (evaluation.has("exceptionDetails")) {
            throw new IllegalStateException("Script failed: " + evaluation.get("exceptionDetails") + "\n" + expression);
        }
        return evaluation.path("result").path("value");
    }

    /** Calls the script function with the first element the selector matches; fails when nothing matches. */
    JsonNode evaluateOn(String selector, String function) {
        return evaluate("(" + function + ")(" + first(selector) + ")");
    }

    /** The first element the selector matches, as drawn now. */
    ElementBox box(String selector) {
        return ElementBox.of(evaluateOn(selector, BOX_OF));
    }

    /** Every element the selector matches, in document order. */
    List<ElementBox> boxes(String selector) {
        JsonNode boxes = evaluate("[...document.querySelectorAll(" + quoted(selector) + ")].map(" + BOX_OF + ")");
        return boxes.valueStream().map(ElementBox::of).toList();
    }

    String text(String expression) {
        return evaluate(expression).asText();
    }

    /** Scrolls the page until the element is in the middle of the screen. */
    void scrollToMiddle(String selector) {
        evaluate(first(selector) + ".scrollIntoView({block: 'center'})");
    }

    /** Clicks the middle of the element with the mouse, as a reader would; the element must be on the screen. */
    void click(String selector) {
        ElementBox box = box(selector);
        double x = box.left() + box.width() / 2;
        double y = box.top() + box.height() / 2;
        mouse("mouseMoved", x, y);
        mouse("mousePressed", x, y);
        mouse("mouseReleased", x, y);
    }

    /** Saves the whole page, not only what fits on the screen, as a PNG. */
    void saveFullPageScreenshot(Path file) {
        JsonNode size = call("Page.getLayoutMetrics", devTools.parameters()).get("cssContentSize");
        ObjectNode clip = devTools.parameters().put("x", 0).put("y", 0)
                .put("width", size.get("width").asDouble()).put("height", size.get("height").asDouble()).put("scale", 1);
        ObjectNode parameters = devTools.parameters().put("format", "png").put("captureBeyondViewport", true);
        parameters.set("clip", clip);
        byte[] png = Base64.getDecoder().decode(call("Page.captureScreenshot", parameters).get("data").asText());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save " + file, e);
        }
    }

    private void mouse(String type, double x, double y) {
        call("Input.dispatchMouseEvent", devTools.parameters().put("type", type).put("x", x).put("y", y)
                .put("button", type.equals("mouseMoved") ? "none" : "left").put("clickCount", 1));
    }

    private static String first(String selector) {
        return "(() => { const element = document.querySelector(" + quoted(selector) + ");"
                + " if (!element) { throw new Error('Nothing matches ' + " + quoted(selector) + "); }"
                + " return element; })()";
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode call(String method, ObjectNode parameters) {
        return devTools.call(session, method, parameters);
    }
}
