package news.prism.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismService;
import news.prism.devstack.PrismServices;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.Test;

/**
 * One editorial workflow under one trace id, sent as a newsroom tool would in its {@code traceparent} header: the
 * sources posted to ingest, the story written, submitted and approved in story, the page rendered, the mail sent by
 * notify. Every service's JSON log lines of that work carry the trace id, the mail's SMTP send included.
 */
class TracingIT {

    @Test
    void oneApprovalIsOneTraceInAllFourServicesLogsUpToTheSubscribersMail() {
        PrismServices services = RunningPrism.services();
        Random random = new Random();
        String traceId = hex(random, 16);
        PrismClient client = new PrismClient(services).inTrace("00-" + traceId + "-" + hex(random, 8) + "-01");
        Demo demo = new Demo(client, Infrastructure.shared().mail());
        String reader = "traced-" + traceId.substring(0, 8) + "@e2e.prism.local";
        String headline = "Traced story " + traceId.substring(0, 8);

        demo.subscribeAndConfirm(reader);
        List<String> sourceIds = demo.ingestFreshSources(traceId, 4);
        Demo.Published published = demo.publishStory(sourceIds, headline);
        demo.awaitPage(published.pageUrl());
        demo.awaitStoryMail(reader, headline);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (PrismService service : PrismService.values()) {
                assertThat(linesOfTrace(services, service, traceId)).as(service + " log lines of the trace")
                        .isNotEmpty()
                        .allSatisfy(line -> assertThat(line.get("context").get("name").asText())
                                .isEqualTo(service.module()));
            }
            assertThat(linesOfTrace(services, PrismService.NOTIFY, traceId))
                    .as("the SMTP send of the story mail, in the approval's trace")
                    .anySatisfy(line -> assertThat(line.get("formattedMessage").asText()).startsWith("Sent STORY mail"));
            assertThat(linesOfTrace(services, PrismService.RENDER, traceId))
                    .as("the event id of the handled StoryPublished, beside the trace id")
                    .anySatisfy(line -> assertThat(line.get("mdc").get("event_id")).isNotNull());
        });
    }

    /** The service's JSON log lines whose trace id is {@code traceId}. */
    private static List<JsonNode> linesOfTrace(PrismServices services, PrismService service, String traceId) {
        try (var lines = Files.lines(services.logFile(service))) {
            return lines.filter(line -> line.startsWith("{") && line.contains(traceId))
                    .map(PrismClient::readJson)
                    .filter(json -> json.has("mdc") && traceId.equals(json.get("mdc").path("trace_id").asText()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(Random random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
