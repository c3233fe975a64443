package news.prism.notify;

import io.micronaut.runtime.Micronaut;

public class NotifyApplication {

    public static void main(String[] args) {
        Micronaut.run(NotifyApplication.class, args);
    }
}
