package vn.wardplan.task;

import static vn.wardplan.platform.test.EventContracts.reads;
import static vn.wardplan.platform.test.EventContracts.writes;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * task-service's side of the event contracts in docs/events/: what it publishes is exactly the documented example,
 * and its own copy of what it consumes reads only fields the producers document. A field renamed on one side fails here.
 */
class EventContractsTest {

    static final String ROOT = "vn.wardplan.task.";

    @TestFactory
    Stream<DynamicTest> theEventsMatchTheirDocumentedExamples() {
        return Stream.of(
                writes(ROOT + "task.TaskEvents$TaskAssigned", "tasks.md", "planNumber", "title"),
                writes(ROOT + "task.TaskEvents$DeliverableChanged", "tasks.md", "deliverableId"),
                writes(ROOT + "unit.UnitEvents$UnitRegistered", "units.md", "code", "aliases"),
                writes(ROOT + "planimport.PlanEvents$PlanImported", "plans.md", "number", "indicators"),
                writes(ROOT + "regime.RegimeEvents$RegimeChanged", "regimes.md", "ward", "periods"),
                writes(ROOT + "cityframe.FrameEvents$FrameChanged", "indicator-frames.md", "city", "indicators"),
                writes(ROOT + "cityframe.FrameEvents$MappingChanged", "indicator-frames.md", "indicatorId", "frameCode"),
                reads(ROOT + "unit.WardOnboardedListener$WardOnboarded", "wards.md", "code", "units"),
                reads(ROOT + "regime.CalendarEventsListener$CalendarDay", "calendars.md", "date", "dayOff"));
    }
}
