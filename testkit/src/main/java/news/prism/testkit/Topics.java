package news.prism.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Topic creation through the admin client. */
public final class Topics {

    private Topics() {
    }

    /** Creates the topics with a replication factor of 1; topics that already exist are left as they are. */
    public static void create(String bootstrapServers, int partitions, Collection<String> names) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var results = admin.createTopics(names.stream()
                    .map(name -> new NewTopic(name, partitions, (short) 1))
                    .toList()).values();
            for (var entry : results.entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics " + names, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics " + names, e);
        }
    }
}
