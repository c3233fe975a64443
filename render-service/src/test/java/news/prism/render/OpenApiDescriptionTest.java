package news.prism.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.Map;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.ServedOpenApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The OpenAPI description made at build time covers every route, and Swagger UI loads, without a token. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDescriptionTest implements TestPropertyProvider {

    @Inject
    Router router;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return RenderTestProperties.of(Infrastructure.shared(), getClass(), "story.stories.v1.openapi",
                "render.pages.v1.openapi");
    }

    @Test
    void describesEveryRouteWithItsMethod() {
        assertThat(ServedOpenApi.routes(router)).isNotEmpty();
        assertThat(new ServedOpenApi(server.getURI()).undescribedRoutes(router, "render-service")).isEmpty();
    }

    @Test
    void servesSwaggerUiWithItsOwnScripts() {
        assertThat(new ServedOpenApi(server.getURI()).uiPageAndAssets()).hasSizeGreaterThan(1)
                .allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
    }
}
