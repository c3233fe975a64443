package news.prism.eventing.consumer;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * The re-drive command, run with a service's own jar and configuration:
 * {@code java -cp <service>.jar news.prism.eventing.consumer.RedriveDeadLetters <topic>...}.
 * It starts the service's configuration without its server, consumers, relay or migrations.
 */
public final class RedriveDeadLetters {

    private RedriveDeadLetters() {
    }

    public static void main(String[] topics) {
        if (topics.length == 0) {
            System.err.println("usage: RedriveDeadLetters <topic>...  (the topics the service consumes)");
            System.exit(2);
        }
        Map<String, Object> commandOnly = Map.of(
                "prism.consumer.enabled", false,
                "prism.outbox.relay-enabled", false,
                "flyway.datasources.default.enabled", false);
        try (ApplicationContext context = ApplicationContext.builder().properties(commandOnly).start()) {
            var redrive = context.getBean(DeadLetterRedrive.class);
            for (String topic : topics) {
                System.out.println(topic + ": " + redrive.redrive(topic) + " dead letter(s) re-driven");
            }
        }
    }
}
