package vn.wardplan.ward;

import static vn.wardplan.platform.test.EventContracts.reads;
import static vn.wardplan.platform.test.EventContracts.writes;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * ward-service's side of the event contracts in docs/events/: what it publishes is exactly the documented example,
 * and its own copy of what it consumes reads only fields the producers document. A field renamed on one side fails here.
 */
class EventContractsTest {

    static final String ROOT = "vn.wardplan.ward.";

    @TestFactory
    Stream<DynamicTest> theEventsMatchTheirDocumentedExamples() {
        return Stream.of(
                writes(ROOT + "events.WardEvents$WardOnboarded", "wards.md", "code", "units"),
                writes(ROOT + "events.WardEvents$WardSuspended", "wards.md", "code", "reason"),
                writes(ROOT + "events.WardEvents$OfficialAccessChanged", "wards.md", "ward", "username"),
                reads(ROOT + "unit.UnitEventsListener$UnitData", "units.md", "code", "aliases"));
    }
}
