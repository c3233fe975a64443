package news.prism.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismService;
import news.prism.devstack.PrismServices;
import news.prism.testkit.ChildProcess;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.Ports;

/**
 * A published page served by render-service beside the same bytes served by nginx, measured with wrk in the same
 * run, in alternating rounds. The page is published through the four services (sources, a story written, submitted
 * and approved), as readers would get it. Each round runs {@code wrk -t2 -c50 -d<seconds>s} against each server;
 * a first round of render-service, not counted, lets its just-in-time compiler settle. Needs nginx and wrk on the
 * PATH. Usage: {@code ./prism bench pages [ROUNDS [SECONDS]]} (defaults 3 and 10).
 */
public final class PageServingBenchmark {

    private static final int WRK_THREADS = 2;
    private static final int WRK_CONNECTIONS = 50;
    private static final int SOURCES = 4;
    private static final String PAGE_FILE = "page.html";
    private static final Duration NGINX_STARTUP = Duration.ofSeconds(10);
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");

    private PageServingBenchmark() {
    }

    /** One wrk run: requests per second and the 99th percentile latency in milliseconds. */
    record Result(double requestsPerSecond, double p99Millis) {
        @Override
        public String toString() {
            return String.format("%,10.0f req/s  p99 %7.2f ms", requestsPerSecond, p99Millis);
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = BenchmarkFiles.argument(args, 0, 3);
        int seconds = BenchmarkFiles.argument(args, 1, 10);
        BenchmarkFiles files = BenchmarkFiles.create();
        Path root = files.root();
        Path work = files.work();
        // nginx's workers run as an unprivileged user when started by root: they must be able to read the page.
        Path site = Files.createTempDirectory("prism-pages-nginx",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Infrastructure infrastructure = Infrastructure.shared();
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        System.out.println("Starting the four services...");
        try (var services = PrismServices.start(infrastructure, root, work, service -> 0, List.of("-Xmx512m"), secret)) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            var demo = new Demo(new PrismClient(services), infrastructure.mail());
            System.out.println("Publishing a page through ingest-service, story-service and render-service...");
            Demo.Published published = demo.publishStory(demo.ingestFreshSources(run, SOURCES),
                    "Benchmark page " + run);
            demo.awaitPage(published.pageUrl());
            URI page = loopback(URI.create(published.pageUrl()));
            byte[] bytes = fetch(page);
            Files.write(site.resolve(PAGE_FILE), bytes);
            Files.setPosixFilePermissions(site.resolve(PAGE_FILE), PosixFilePermissions.fromString("rw-r--r--"));
            int nginxPort = Ports.freePort();
            URI nginxPage = URI.create("http://127.0.0.1:" + nginxPort + "/" + PAGE_FILE);
            try (var nginx = startNginx(site, nginxPort, work)) {
                awaitSame(nginxPage, bytes);
                System.out.printf("Page: %s, %,d bytes; nginx serves the same bytes at %s%n", page, bytes.length,
                        nginxPage);
                System.out.printf("Warm-up: render-service %s (not counted)%n", wrk(page, seconds, work));
                List<Result> render = new ArrayList<>();
                List<Result> nginxResults = new ArrayList<>();
                for (int round = 1; round <= rounds; round++) {
                    // Alternating which goes first, so that neither always runs on a machine that just cooled down.
                    if (round % 2 == 1) {
                        render.add(wrk(page, seconds, work));
                        nginxResults.add(wrk(nginxPage, seconds, work));
                    } else {
                        nginxResults.add(wrk(nginxPage, seconds, work));
                        render.add(wrk(page, seconds, work));
                    }
                    System.out.printf("Round %d: render-service %s | nginx %s | ratio %.3f%n", round,
                            render.getLast(), nginxResults.getLast(),
                            render.getLast().requestsPerSecond() / nginxResults.getLast().requestsPerSecond());
                }
                Result renderMedian = median(render);
                Result nginxMedian = median(nginxResults);
                System.out.println();
                System.out.printf("wrk -t%d -c%d -d%ds, %d rounds, medians:%n", WRK_THREADS, WRK_CONNECTIONS, seconds,
                        rounds);
                System.out.printf("render-service: %s%n", renderMedian);
                System.out.printf("nginx         : %s%n", nginxMedian);
                System.out.printf("ratio         : %.3f of nginx's requests per second%n",
                        renderMedian.requestsPerSecond() / nginxMedian.requestsPerSecond());
            }
        } finally {
            infrastructure.close();
        }
    }

    /** wrk connects to the address given; the services listen on every interface, so loopback IPv4 is as good. */
    private static URI loopback(URI url) {
        return URI.create("http://127.0.0.1:" + url.getPort() + url.getRawPath());
    }

    private static byte[] fetch(URI url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + reply.statusCode());
            }
            return reply.body();
        }
    }

    /** Our own nginx: its configuration, pid file, logs and temporary files in the served page's directory. */
    private static ChildProcess startNginx(Path site, int port, Path work) throws IOException {
        Path config = site.resolve("nginx.conf");
        Files.writeString(config, """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/client-body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s;
                        default_type "text/html; charset=utf-8";
                    }
                }
                """.formatted(site, port));
        return ChildProcess.start(List.of("nginx", "-p", site.toString(), "-e", site.resolve("error.log").toString(),
                "-c", config.toString()), Map.of(), site, work.resolve("nginx.log"));
    }

    private static void awaitSame(URI url, byte[] expected) throws InterruptedException {
        long deadline = System.nanoTime() + NGINX_STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Arrays.equals(fetch(url), expected)) {
                    return;
                }
            } catch (IOException | IllegalStateException notYet) {
                // nginx is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not serve the page at " + url);
    }

    private static Result wrk(URI url, int seconds, Path work) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t" + WRK_THREADS, "-c" + WRK_CONNECTIONS, "-d" + seconds + "s",
                "--latency", url.toString()).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(work.resolve("wrk.log"), output, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        if (output.contains("Non-2xx")) {
            throw new IllegalStateException("Not every answer was 200: " + output);
        }
        return new Result(number(REQUESTS_PER_SECOND, output), millis(output));
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk printed no " + pattern + ": " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static double millis(String output) {
        Matcher matcher = P99.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk printed no 99th percentile: " + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1_000;
            case "s" -> value * 1_000;
            default -> value;
        };
    }

    private static Result median(List<Result> results) {
        List<Result> byRate = results.stream().sorted(Comparator.comparingDouble(Result::requestsPerSecond)).toList();
        return byRate.get(byRate.size() / 2);
    }
}
