package news.prism.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismService;
import news.prism.devstack.PrismServices;
import news.prism.testkit.HeadlessBrowser;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.Test;

/**
 * An editor approves a story in the desk, in a real browser, and the reader's page is served: the desk's approval
 * reaches render-service over Kafka like any other.
 */
class DeskToPageIT {

    private static final Path SCREENSHOTS = Path.of("target", "desk-to-page");

    @Test
    void aStoryApprovedInTheDeskIsServedAsTheReadersPage() {
        PrismServices services = RunningPrism.services();
        PrismClient client = new PrismClient(services);
        Demo demo = new Demo(client, Infrastructure.shared().mail());
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> sourceIds = demo.ingestFreshSources("desk-" + run, 4);
        String headline = "Council approves permit software after desk review " + run;
        Demo.Published story = demo.storyInReview(sourceIds, headline);
        String desk = services.baseUrl(PrismService.STORY) + "/desk";

        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            Page editor = browser.open(1280, 900);
            editor.navigate(desk + "/sign-in");
            editor.fill("#token", Demo.EDITOR.authorization().substring("Bearer ".length()));
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            editor.navigate(desk + "/stories/" + story.storyId() + "/review");
            assertThat(editor.locator("#story-status").textContent()).isEqualTo("IN_REVIEW");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
            assertThat(editor.locator("#story-status").textContent()).isEqualTo("APPROVED");
            editor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("desk-approved.png"))
                    .setFullPage(true));

            demo.awaitPage(story.pageUrl());
            Page reader = browser.open(375, 800);
            reader.navigate(story.pageUrl());
            assertThat(reader.locator("h1").textContent()).contains(headline);
            reader.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("page-375.png"))
                    .setFullPage(true));
        }
    }
}
