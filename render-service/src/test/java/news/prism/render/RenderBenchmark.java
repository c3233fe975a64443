package news.prism.render;

import io.micronaut.views.ViewsConfigurationProperties;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import io.micronaut.views.jte.JteViewsRendererConfigurationProperties;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import news.prism.events.StoryPublished;
import news.prism.render.page.SeriesPosition;
import news.prism.render.view.StoryPageRenderer;
import news.prism.render.view.StoryPageViewFactory;
import news.prism.render.view.Templates;

/**
 * How long rendering one full sample page takes (view model, citation links, JSON-LD and template, as
 * PagePublisher does per event, without the database). Re-run it with
 * {@code ./prism bench render [WARMUP RUNS]}, or {@code mvn -B -q -pl render-service -am test-compile
 * -Prender-benchmark -Dexec.args="WARMUP RUNS"}; the defaults are 5000 and 20000.
 */
public final class RenderBenchmark {

    private static final int DEFAULT_WARMUP = 5_000;
    private static final int DEFAULT_RUNS = 20_000;

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_WARMUP;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_RUNS;

        var settings = new RenderSettings("https://prism.example", "https://notify.prism.example", "Europe/Berlin",
                "Prism", LocalDate.parse("2026-01-01"));
        var views = new StoryPageViewFactory(settings);
        var renderer = new StoryPageRenderer(new Templates(new HtmlJteViewsRenderer<Map<String, Object>>(
                new ViewsConfigurationProperties(), new JteViewsRendererConfigurationProperties()) {
        }));
        StoryPublished story = SampleStories.fullStory("6f1c2a4e-3b7d-4c19-9a51-0d2e8f7b6c3a").build();
        var series = new SeriesPosition(5);
        String url = "https://prism.example/ai/" + story.getSlug();

        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += renderer.render(views.create(story, series, url)).length();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            String html = renderer.render(views.create(story, series, url));
            nanos[i] = System.nanoTime() - start;
            sink += html.length();
        }
        Arrays.sort(nanos);

        int bytes = renderer.render(views.create(story, series, url)).getBytes(StandardCharsets.UTF_8).length;
        double mean = Arrays.stream(nanos).average().orElseThrow();
        System.out.printf(Locale.ROOT, "page size: %d bytes (UTF-8)%n", bytes);
        System.out.printf(Locale.ROOT, "renders: %d after %d warm-up (checksum %d)%n", runs, warmup, sink);
        System.out.printf(Locale.ROOT, "mean: %.1f us, p50: %.1f us, p99: %.1f us, max: %.1f us%n",
                mean / 1_000, percentile(nanos, 50) / 1_000.0, percentile(nanos, 99) / 1_000.0,
                nanos[nanos.length - 1] / 1_000.0);
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
