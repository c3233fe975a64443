package news.prism.render;

import io.micronaut.runtime.Micronaut;

public class RenderApplication {

    public static void main(String[] args) {
        Micronaut.run(RenderApplication.class, args);
    }
}
