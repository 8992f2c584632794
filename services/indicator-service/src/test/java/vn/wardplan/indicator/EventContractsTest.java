package vn.wardplan.indicator;

import static vn.wardplan.platform.test.EventContracts.reads;
import static vn.wardplan.platform.test.EventContracts.writes;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * indicator-service's side of the event contracts in docs/events/: what it publishes is exactly the documented example,
 * and its own copy of what it consumes reads only fields the producers document. A field renamed on one side fails here.
 */
class EventContractsTest {

    static final String ROOT = "vn.wardplan.indicator.";

    @TestFactory
    Stream<DynamicTest> theEventsMatchTheirDocumentedExamples() {
        return Stream.of(
                writes(ROOT + "events.IndicatorEvents$IndicatorDefined", "indicators.md", "planNumber", "definition"),
                writes(ROOT + "events.IndicatorEvents$ValueChanged", "indicators.md", "indicatorId", "period"),
                writes(ROOT + "events.IndicatorEvents$AssessmentChanged", "indicators.md", "indicatorId", "achievedRate"),
                reads(ROOT + "plan.PlanImportedListener$PlanImported", "plans.md", "number", "indicators"));
    }
}
