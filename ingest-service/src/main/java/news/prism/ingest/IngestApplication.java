package news.prism.ingest;

import io.micronaut.runtime.Micronaut;

public class IngestApplication {

    public static void main(String[] args) {
        Micronaut.run(IngestApplication.class, args);
    }
}
