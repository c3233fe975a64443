package news.prism.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismService;
import news.prism.devstack.PrismServices;
import news.prism.testkit.Caller;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an operator reads off the four running services: their health, and their metrics moving with the work. */
class OperationsIT {

    private static final Caller ADMIN = Caller.admin("operator");
    private static final Map<PrismService, String> CONSUMED = Map.of(
            PrismService.INGEST, "newsroom.source-submissions.v1",
            PrismService.STORY, "ingest.sources.v1",
            PrismService.RENDER, "story.stories.v1",
            PrismService.NOTIFY, "render.pages.v1");

    private static PrismServices services;
    private static PrismClient client;
    private static Demo demo;

    @BeforeAll
    static void startServices() {
        services = RunningPrism.services();
        client = new PrismClient(services);
        demo = new Demo(client, Infrastructure.shared().mail());
    }

    @Test
    void everyServiceIsLiveAndReadyWithDetailsForAnAdminOnly() {
        for (PrismService service : PrismService.values()) {
            String base = services.baseUrl(service);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(status(client.get(base + "/health/readiness"))).as(service + " readiness").isEqualTo("UP");
                assertThat(status(client.get(base + "/health/liveness"))).as(service + " liveness").isEqualTo("UP");
            });

            JsonNode anonymous = client.get(base + "/health/readiness").expect(200).json();
            assertThat(anonymous.has("details")).as(service + " details for no token").isFalse();
            JsonNode editor = client.get(base + "/health/readiness", Caller.editor("ed")).expect(200).json();
            assertThat(editor.has("details")).as(service + " details for an editor").isFalse();

            JsonNode details = client.get(base + "/health/readiness", ADMIN).expect(200).json().get("details");
            assertThat(details).as(service + " details for an admin").isNotNull();
            assertThat(details.get("consumers").get("status").asText()).isEqualTo("UP");
            assertThat(details.get("outbox-relay").get("status").asText()).isEqualTo("UP");
            assertThat(details.get("jdbc").get("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void everyServiceExposesPrometheusMetricsThatMoveWithTheWork() {
        Map<PrismService, PrometheusScrape> before = scrapeAll();
        for (PrismService service : PrismService.values()) {
            PrometheusScrape scrape = before.get(service);
            assertThat(List.of("prism_consumer_records_handled_total", "prism_consumer_records_failed_total",
                    "prism_consumer_records_retried_total", "prism_consumer_records_parked_total",
                    "prism_consumer_restarts_total", "prism_outbox_backlog", "prism_outbox_oldest_unsent_age_seconds",
                    "prism_outbox_relay_sent_total", "prism_inbox_events", "jvm_memory_used_bytes",
                    "hikaricp_connections", "http_server_requests_seconds_count"))
                    .as(service + " families").allMatch(scrape::has);
        }
        assertThat(before.get(PrismService.INGEST).has("prism_ingest_intake_total")).isTrue();
        assertThat(before.get(PrismService.INGEST).has("prism_ingest_dedup_total")).isTrue();
        assertThat(before.get(PrismService.NOTIFY).has("prism_notify_mail_queue")).isTrue();
        assertThat(before.get(PrismService.NOTIFY).has("prism_notify_mails_total")).isTrue();

        String run = UUID.randomUUID().toString().substring(0, 8);
        String reader = "operations-" + run + "@e2e.prism.local";
        demo.subscribeAndConfirm(reader);
        // The sample explainer has four perspectives, each needing a source of its own.
        List<String> sourceIds = demo.ingestFreshSources(run, 4);
        Demo.Published published = demo.publishStory(sourceIds, "Operations check " + run);
        demo.awaitPage(published.pageUrl());
        demo.awaitStoryMail(reader, "Operations check " + run);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<PrismService, PrometheusScrape> after = scrapeAll();
            for (PrismService service : PrismService.values()) {
                if (service != PrismService.INGEST) {
                    assertThat(handled(after.get(service), service)).as(service + " handled")
                            .isGreaterThan(handled(before.get(service), service));
                }
                assertThat(after.get(service).sum("prism_outbox_relay_sent_total")).as(service + " relay sent")
                        .isGreaterThan(before.get(service).sum("prism_outbox_relay_sent_total"));
                assertThat(after.get(service).sum("http_server_requests_seconds_count")).as(service + " requests")
                        .isGreaterThan(before.get(service).sum("http_server_requests_seconds_count"));
                assertThat(after.get(service).sum("prism_outbox_backlog")).as(service + " backlog").isZero();
            }
            assertThat(after.get(PrismService.INGEST).sum("prism_ingest_intake_total"))
                    .isGreaterThanOrEqualTo(before.get(PrismService.INGEST).sum("prism_ingest_intake_total") + 4);
            assertThat(after.get(PrismService.NOTIFY).sum("prism_notify_mails_total", Map.of("outcome", "sent")))
                    .isGreaterThanOrEqualTo(before.get(PrismService.NOTIFY)
                            .sum("prism_notify_mails_total", Map.of("outcome", "sent")) + 2);
        });
        // The Kafka client's meters are bound once it has metrics to show, within its refresh of a minute.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (PrismService service : PrismService.values()) {
                assertThat(scrape(service).has("kafka_consumer_fetch_manager_records_lag"))
                        .as(service + " consumer lag").isTrue();
            }
        });
    }

    private static double handled(PrometheusScrape scrape, PrismService service) {
        return scrape.sum("prism_consumer_records_handled_total", Map.of("topic", CONSUMED.get(service)));
    }

    private static Map<PrismService, PrometheusScrape> scrapeAll() {
        Map<PrismService, PrometheusScrape> scrapes = new EnumMap<>(PrismService.class);
        for (PrismService service : PrismService.values()) {
            scrapes.put(service, scrape(service));
        }
        return scrapes;
    }

    private static PrometheusScrape scrape(PrismService service) {
        return new PrometheusScrape(client.get(services.baseUrl(service) + "/prometheus").expect(200).body());
    }

    private static String status(PrismClient.Reply reply) {
        return reply.json().get("status").asText();
    }
}
