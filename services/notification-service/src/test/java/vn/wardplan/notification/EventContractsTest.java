package vn.wardplan.notification;

import static vn.wardplan.platform.test.EventContracts.reads;
import static vn.wardplan.platform.test.EventContracts.writes;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * notification-service's side of the event contracts in docs/events/: what it publishes is exactly the documented example,
 * and its own copy of what it consumes reads only fields the producers document. A field renamed on one side fails here.
 */
class EventContractsTest {

    static final String ROOT = "vn.wardplan.notification.";

    @TestFactory
    Stream<DynamicTest> theEventsMatchTheirDocumentedExamples() {
        return Stream.of(
                writes(ROOT + "calendar.CalendarEvents$CalendarDay", "calendars.md", "date", "dayOff"),
                writes(ROOT + "explanation.ExplanationEvents$ExplanationChanged", "explanations.md", "id", "subjectKind"),
                reads(ROOT + "recipient.UnitEventsListener$UnitData", "units.md", "code", "aliases"),
                reads(ROOT + "deadline.DeadlineEventsListener$DeliverableData", "tasks.md", "deliverableId"),
                reads(ROOT + "deadline.DeadlineEventsListener$IndicatorData", "indicators.md", "planNumber", "definition"),
                reads(ROOT + "deadline.DeadlineEventsListener$ValueData", "indicators.md", "indicatorId", "period"),
                reads(ROOT + "period.RegimeEventsListener$RegimeChanged", "regimes.md", "ward", "periods"),
                reads(ROOT + "notice.DecisionEventsListener$DeliverableData", "tasks.md", "deliverableId"),
                reads(ROOT + "notice.DecisionEventsListener$ValueData", "indicators.md", "indicatorId", "period"),
                reads(ROOT + "notice.DecisionEventsListener$Defined", "indicators.md", "planNumber", "definition"));
    }
}
