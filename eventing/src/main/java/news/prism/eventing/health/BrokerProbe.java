package news.prism.eventing.health;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import news.prism.eventing.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Asks whether the Kafka brokers answer now, with one admin client kept for the service's life. */
@Singleton
public class BrokerProbe {

    private final KafkaClients kafka;
    private final HealthSettings settings;
    private final String clientId;
    private Admin admin;

    public BrokerProbe(KafkaClients kafka, HealthSettings settings,
                       @Value("${micronaut.application.name}") String applicationName) {
        this.kafka = kafka;
        this.settings = settings;
        this.clientId = applicationName + "-broker-probe";
    }

    public synchronized boolean isReachable() {
        if (admin == null) {
            admin = kafka.admin(clientId);
        }
        long timeout = settings.probeTimeout().toMillis();
        try {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout)).nodes()
                    .get(timeout, TimeUnit.MILLISECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException unreachable) {
            return false;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }
}
