package vn.wardplan.platform.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A field renamed on either side of a documented event fails (docs/events/units.md is the example). */
class EventContractsTest {

    record UnitRegistered(String code, String name, List<String> aliases, String mailbox) {
    }

    /** The producer renamed {@code name} to {@code title}. */
    record RenamedByTheProducer(String code, String title, List<String> aliases, String mailbox) {
    }

    /** A consumer that still reads a field nobody writes. */
    record StaleConsumer(String code, String title) {
    }

    @Test
    void theDocumentedProducerAndAConsumerOfItsFieldsAgree() {
        assertThatCode(() -> EventContracts.assertProducerWrites(UnitRegistered.class, EventContracts.example("units.md", "code", "aliases")))
                .doesNotThrowAnyException();
        assertThatCode(() -> EventContracts.assertConsumerReads(UnitRegistered.class, EventContracts.example("units.md", "code")))
                .doesNotThrowAnyException();
    }

    @Test
    void aRenamedFieldFailsTheProducerAndAConsumerThatStillReadsIt() {
        assertThatThrownBy(() -> EventContracts.assertProducerWrites(RenamedByTheProducer.class, EventContracts.example("units.md", "code")))
                .hasMessageContaining("RenamedByTheProducer.title is written but not documented")
                .hasMessageContaining("RenamedByTheProducer.name is documented but not written");
        assertThatThrownBy(() -> EventContracts.assertConsumerReads(StaleConsumer.class, EventContracts.example("units.md", "code")))
                .hasMessageContaining("StaleConsumer.title");
    }

    @Test
    void aRenamedRecordClassIsNamedNotSkipped() {
        assertThatThrownBy(() -> EventContracts.record("vn.wardplan.task.unit.UnitEvents$Gone")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was the event record renamed?");
    }
}
