package news.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import news.prism.ingest.support.HttpIntakeTest;
import news.prism.testkit.ServedOpenApi;
import org.junit.jupiter.api.Test;

/** The OpenAPI description made at build time covers every route, and Swagger UI loads, without a token. */
@MicronautTest(transactional = false)
class OpenApiDescriptionTest extends HttpIntakeTest {

    @Inject
    Router router;

    @Test
    void describesEveryRouteWithItsMethod() {
        assertThat(ServedOpenApi.routes(router)).isNotEmpty();
        assertThat(new ServedOpenApi(server.getURI()).undescribedRoutes(router, "ingest-service")).isEmpty();
    }

    @Test
    void servesSwaggerUiWithItsOwnScripts() {
        assertThat(new ServedOpenApi(server.getURI()).uiPageAndAssets()).hasSizeGreaterThan(1)
                .allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
    }
}
