package news.prism.story;

import io.micronaut.runtime.Micronaut;

public class StoryApplication {

    public static void main(String[] args) {
        Micronaut.run(StoryApplication.class, args);
    }
}
