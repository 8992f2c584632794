package vn.wardplan.platform.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.Document;

/** An outbox is named by its aggregate's type: the collection comes from {@code @Document}, never typed twice. */
class OutboxCollectionTest {

    @Document("tasks")
    record Task() {
    }

    @Document(collection = "indicator_values")
    record Value() {
    }

    record NotStored() {
    }

    @Test
    void theCollectionIsTheOneTheAggregateIsStoredIn() {
        assertThat(OutboxCollection.of(Task.class).name()).isEqualTo("tasks");
        assertThat(OutboxCollection.of(Value.class).name()).isEqualTo("indicator_values");
        assertThatThrownBy(() -> OutboxCollection.of(NotStored.class)).hasMessageContaining("names no collection");
    }
}
