package news.prism.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismService;
import news.prism.devstack.PrismServices;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.testkit.Infrastructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The four services as separate processes, as operators run them, talking only through a real Kafka broker, each
 * with its own database on a real PostgreSQL server, mailing through a real SMTP server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

    private static final String READER = "reader@e2e.prism.local";
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private static Infrastructure infrastructure;
    private static PrismServices services;
    private static PrismClient client;
    private static Demo demo;
    private static Demo.Published published;

    @BeforeAll
    static void startServices() {
        infrastructure = Infrastructure.shared();
        services = RunningPrism.services();
        client = new PrismClient(services);
        demo = new Demo(client, infrastructure.mail());
    }

    @Test
    @Order(1)
    void aSourceBecomesACitedStoryAPageAndExactlyOneEmail() throws Exception {
        List<String> sourceIds = demo.ingestSources();
        demo.subscribeAndConfirm(READER);

        published = demo.publishStory(sourceIds);
        Document page = Jsoup.parse(demo.awaitPage(published.pageUrl()));

        String headline = Demo.sampleHeadline();
        assertThat(page.select("h1").text()).contains(headline);
        String firstSourceUrl = client.get(services.baseUrl(PrismService.INGEST) + "/api/sources/" + sourceIds.getFirst(), Demo.NEWSROOM)
                .expect(200).json().get("url").asText();
        Element citation = page.selectFirst("a[href=#source-1]");
        assertThat(citation).as("a citation marker linked to source 1").isNotNull();
        Element source = page.getElementById("source-1");
        assertThat(source).as("source 1 in the sources list").isNotNull();
        assertThat(source.select("a[href]").eachAttr("href")).contains(firstSourceUrl);

        var mail = demo.awaitStoryMail(READER, headline);
        assertThat(mail.text()).contains(published.pageUrl());
        new Topics(infrastructure.bootstrapServers()).awaitCaughtUp("notify-service", "render.pages.v1", CATCH_UP);
        assertThat(storyMails(headline)).hasSize(1);
    }

    @Test
    @Order(2)
    void redeliveredStoryPublishedAndPagePublishedChangeNothing() throws Exception {
        assertThat(published).as("the story of the first test").isNotNull();
        var topics = new Topics(infrastructure.bootstrapServers());
        var storyEvents = topics.read("story.stories.v1", r -> published.storyId().equals(r.key()));
        var pageEvents = topics.read("render.pages.v1", r -> published.storyId().equals(r.key()));
        assertThat(storyEvents).hasSize(1);
        assertThat(pageEvents).hasSize(1);

        topics.resend(storyEvents.getFirst());
        topics.resend(pageEvents.getFirst());
        topics.awaitCaughtUp("render-service", "story.stories.v1", CATCH_UP);
        topics.awaitCaughtUp("notify-service", "render.pages.v1", CATCH_UP);

        var pageEventsAfter = topics.read("render.pages.v1", r -> published.storyId().equals(r.key()));
        assertThat(pageEventsAfter).as("PagePublished events: the original and the replayed one, no new version")
                .hasSize(2)
                .extracting(r -> CloudEventHeaders.read(r.headers(), CloudEventHeaders.ID))
                .containsOnly(CloudEventHeaders.read(pageEvents.getFirst().headers(), CloudEventHeaders.ID));
        assertThat(storyMails(Demo.sampleHeadline())).hasSize(1);
        assertThat(client.get(published.pageUrl()).status()).isEqualTo(200);
    }

    private static List<?> storyMails(String headline) {
        return demo.mailsTo(READER).stream().filter(mail -> headline.equals(mail.subject())).toList();
    }
}
