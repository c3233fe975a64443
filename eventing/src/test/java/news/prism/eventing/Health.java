package news.prism.eventing;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** What a health indicator answers now, read as the health endpoint would. */
final class Health {

    private Health() {
    }

    static HealthStatus of(HealthIndicator indicator) {
        CompletableFuture<HealthResult> result = new CompletableFuture<>();
        indicator.getResult().subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult health) {
                result.complete(health);
            }

            @Override
            public void onError(Throwable failure) {
                result.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                result.completeExceptionally(new IllegalStateException("No health result"));
            }
        });
        return result.orTimeout(30, TimeUnit.SECONDS).join().getStatus();
    }
}
