package news.prism.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.eventing.consumer.EventDispatcher;
import news.prism.eventing.consumer.EventDispatcher.Routed;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.envelope.TraceParent;
import news.prism.events.SourceIngested;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A poll handed to a handler that takes a whole list: the ids are claimed at once, the handler gets the new events
 * in their order, and a failing list takes nothing with it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchDispatchTest implements TestPropertyProvider {

    private static final String TOPIC = "eventing-test.batches.v1";
    private static final String GROUP = "eventing-batch-test";

    @Inject
    EventDispatcher dispatcher;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                Infrastructure.shared().micronautProperties("eventing_batch_dispatch"));
        properties.put("test.batch.topic", TOPIC);
        properties.put("prism.consumer.enabled", "false");
        return properties;
    }

    @BeforeEach
    void forgetLists() {
        BatchRecordingHandler.LISTS.clear();
    }

    @Test
    void aPollReachesTheHandlerAsOneListOfItsNewEventsInOrder() {
        Routed first = event("first");
        dispatcher.dispatchAll(List.of(first), GROUP);
        Routed second = event("second");
        Routed third = event("third");

        dispatcher.dispatchAll(List.of(second, first, third, second), GROUP);

        assertThat(BatchRecordingHandler.LISTS).containsExactly(List.of("first"), List.of("second", "third"));
        assertThat(titles()).containsExactlyInAnyOrder("first", "second", "third");
    }

    @Test
    void aRedeliveredPollChangesNothing() {
        List<Routed> poll = List.of(event("again-1"), event("again-2"));
        dispatcher.dispatchAll(poll, GROUP);

        dispatcher.dispatchAll(poll, GROUP);

        assertThat(BatchRecordingHandler.LISTS).containsExactly(List.of("again-1", "again-2"));
        assertThat(titles()).containsOnlyOnce("again-1", "again-2");
    }

    @Test
    void aFailingListLeavesNeitherEffectsNorClaimsSoThatItsEventsCanBeHandledOneByOne() {
        Routed good = event("before-fail");
        Routed failing = event("fail");

        assertThatThrownBy(() -> dispatcher.dispatchAll(List.of(good, failing), GROUP))
                .hasMessage("the handler breaks on purpose");
        assertThat(titles()).doesNotContain("before-fail", "fail");

        assertThat(dispatcher.dispatch(TOPIC, GROUP, good.envelope())).isTrue();
        assertThat(titles()).containsOnlyOnce("before-fail");
    }

    private static Routed event(String title) {
        String id = TestEvents.newId();
        return new Routed(TOPIC, new EventEnvelope(id, SourceIngested.getClassSchema().getFullName(), "/test",
                Instant.now(), TraceParent.newTrace(), "k", TestEvents.source("k", title)));
    }

    private List<String> titles() {
        return Effects.titles(transactions);
    }
}
