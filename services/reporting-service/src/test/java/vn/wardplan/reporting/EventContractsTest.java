package vn.wardplan.reporting;

import static vn.wardplan.platform.test.EventContracts.reads;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * reporting-service's side of the event contracts in docs/events/: what it publishes is exactly the documented example,
 * and its own copy of what it consumes reads only fields the producers document. A field renamed on one side fails here.
 */
class EventContractsTest {

    static final String ROOT = "vn.wardplan.reporting.";

    @TestFactory
    Stream<DynamicTest> theEventsMatchTheirDocumentedExamples() {
        return Stream.of(
                reads(ROOT + "task.TaskEventsListener$Assigned", "tasks.md", "planNumber", "title"),
                reads(ROOT + "task.TaskEventsListener$DeliverableChanged", "tasks.md", "deliverableId"),
                reads(ROOT + "indicator.IndicatorEventsListener$Defined", "indicators.md", "planNumber", "definition"),
                reads(ROOT + "indicator.IndicatorEventsListener$ValueChanged", "indicators.md", "indicatorId", "period"),
                reads(ROOT + "indicator.IndicatorEventsListener$AssessmentChanged", "indicators.md", "indicatorId", "achievedRate"),
                reads(ROOT + "unitdirectory.UnitEventsListener$UnitData", "units.md", "code", "aliases"),
                reads(ROOT + "wards.WardEventsListener$Onboarded", "wards.md", "code", "units"),
                reads(ROOT + "explanation.ExplanationEventsListener$ExplanationChanged", "explanations.md", "id", "subjectKind"),
                reads(ROOT + "comparison.FrameEventsListener$FrameChanged", "indicator-frames.md", "city", "indicators"),
                reads(ROOT + "comparison.FrameEventsListener$MappingChanged", "indicator-frames.md", "indicatorId", "frameCode"),
                reads(ROOT + "timeliness.RegimeEventsListener$RegimeChanged", "regimes.md", "ward", "periods"),
                reads(ROOT + "audit.AuditEventsListener$ChangeRecorded", "audit.md", "kind", "item"));
    }
}
