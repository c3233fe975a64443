package news.prism.http.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;
import news.prism.http.security.Roles;

/**
 * {@code /health}, {@code /health/liveness} and {@code /health/readiness} answer everyone with UP or DOWN, and show
 * each check's details (JDBC URLs, disk, consumer failures) only to a caller with the admin role. Micronaut's own
 * choices are everyone, any signed-in caller, or no one.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class AdminHealthDetails extends HealthEndpoint {

    public AdminHealthDetails(HealthAggregator<HealthResult> healthAggregator, HealthIndicator[] healthIndicators,
                              @Liveness HealthIndicator[] livenessHealthIndicators) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(Principal principal) {
        return principal instanceof Authentication caller && caller.getRoles().contains(Roles.ADMIN)
                ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS
                : HealthLevelOfDetail.STATUS;
    }
}
