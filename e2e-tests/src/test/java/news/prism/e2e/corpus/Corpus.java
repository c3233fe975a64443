package news.prism.e2e.corpus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The whole corpus: every family crossed with every write endpoint and every field it applies to. */
public final class Corpus {

    private Corpus() {
    }

    public static List<BadRequest> of(Fixtures fixtures) {
        WriteEndpoints endpoints = new WriteEndpoints(fixtures);
        List<BadRequest> corpus = new ArrayList<>();
        Set<String> oversizedServices = new HashSet<>();
        for (JsonEndpoint endpoint : endpoints.json()) {
            corpus.addAll(FieldFamilies.of(endpoint));
            corpus.addAll(DocumentFamilies.of(endpoint));
            // Each service reads every body through the same server limits: one oversized body apiece is enough.
            if (oversizedServices.add(endpoint.service().module())) {
                corpus.add(DocumentFamilies.tooLarge(endpoint));
            }
        }
        endpoints.withIds().forEach(endpoint -> corpus.addAll(AddressFamilies.ids(endpoint)));
        endpoints.withTokens().forEach(endpoint -> corpus.addAll(AddressFamilies.tokens(endpoint)));
        corpus.addAll(FormFamilies.of(URLEncoder.encode("reader-" + fixtures.run() + "@corpus.example",
                StandardCharsets.UTF_8), Templates.READER_TOPIC));
        return corpus;
    }
}
