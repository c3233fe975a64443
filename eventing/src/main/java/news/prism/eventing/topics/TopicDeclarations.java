package news.prism.eventing.topics;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import news.prism.eventing.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics the service owns ({@code prism.kafka.topics}) when it starts, with their partitions,
 * replication and retention, rather than leaving them to the broker's auto-creation and its default retention. A
 * topic that exists keeps its partitions (more would move keys to other partitions and break their order) but is
 * given the declared retention. The service does not start if the broker refuses.
 */
@Context
@Requires(property = "prism.kafka.declare-topics", notEquals = "false")
public class TopicDeclarations {

    private static final Logger LOG = LoggerFactory.getLogger(TopicDeclarations.class);

    public TopicDeclarations(List<DeclaredTopic> topics, KafkaClients kafka,
                             @Value("${micronaut.application.name}") String applicationName) {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = kafka.admin(applicationName + "-topic-declarations")) {
            declare(admin, topics);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while declaring topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused to declare the topics " + names(topics), e.getCause());
        }
    }

    private static void declare(Admin admin, List<DeclaredTopic> topics)
            throws InterruptedException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> absent = topics.stream().filter(topic -> !existing.contains(topic.name()))
                .map(topic -> new NewTopic(topic.name(), topic.partitions(), topic.replicationFactor())
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, retentionMs(topic))))
                .toList();
        for (var creation : admin.createTopics(absent).values().entrySet()) {
            try {
                creation.getValue().get();
                LOG.info("Created topic {}", creation.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        List<DeclaredTopic> present = topics.stream().filter(topic -> existing.contains(topic.name())).toList();
        if (!present.isEmpty()) {
            keepDeclaredRetention(admin, present);
            warnAboutOtherPartitionCounts(admin, present);
        }
    }

    private static void keepDeclaredRetention(Admin admin, List<DeclaredTopic> topics)
            throws InterruptedException, ExecutionException {
        Map<ConfigResource, Collection<AlterConfigOp>> retention = new HashMap<>();
        for (DeclaredTopic topic : topics) {
            retention.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, retentionMs(topic)), AlterConfigOp.OpType.SET)));
        }
        admin.incrementalAlterConfigs(retention).all().get();
    }

    private static void warnAboutOtherPartitionCounts(Admin admin, List<DeclaredTopic> topics)
            throws InterruptedException, ExecutionException {
        Map<String, TopicDescription> described = admin.describeTopics(names(topics)).allTopicNames().get();
        for (DeclaredTopic topic : topics) {
            int actual = described.get(topic.name()).partitions().size();
            if (actual != topic.partitions()) {
                LOG.warn("Topic {} has {} partitions, not the {} declared; it is left as it is", topic.name(), actual,
                        topic.partitions());
            }
        }
    }

    private static String retentionMs(DeclaredTopic topic) {
        return TopicRetention.toRetentionMs(topic.name(), topic.retention());
    }

    private static List<String> names(List<DeclaredTopic> topics) {
        return topics.stream().map(DeclaredTopic::name).toList();
    }
}
