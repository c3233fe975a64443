package news.prism.render;

import java.util.HashMap;
import java.util.Map;
import news.prism.testkit.Infrastructure;

/** The service's settings for one test class: a database of its own, and story and page topics of its own. */
public final class RenderTestProperties {

    private RenderTestProperties() {
    }

    /** Creates the topics on the broker; the map is the caller's to add to. */
    public static Map<String, String> of(Infrastructure infrastructure, Class<?> testClass, String storiesTopic,
                                         String pagesTopic) {
        infrastructure.createTopics(storiesTopic, pagesTopic);
        Map<String, String> properties = new HashMap<>(
                infrastructure.micronautProperties("render_" + testClass.getSimpleName()));
        properties.put("prism.topics.stories", storiesTopic);
        properties.put("prism.topics.pages", pagesTopic);
        return properties;
    }
}
