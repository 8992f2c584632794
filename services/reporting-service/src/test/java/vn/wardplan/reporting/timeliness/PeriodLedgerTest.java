package vn.wardplan.reporting.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.task.TaskView;

/** The four classes and the counts of a period, against a count made by hand. */
class PeriodLedgerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    static final RegimePeriods.Period YEAR = new RegimePeriods.Period("2026", "YEAR", 2026, "Năm 2026", LocalDate.of(2025, 12, 15),
            LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 18));

    @Test
    void theStandingFollowsTheDayReceivedAgainstTheDueDay() {
        LocalDate due = LocalDate.of(2026, 6, 16);
        assertThat(Standing.of(due, due, TODAY)).isEqualTo(Standing.DONE_ON_TIME);
        assertThat(Standing.of(due, due.plusDays(1), TODAY)).isEqualTo(Standing.DONE_LATE);
        assertThat(Standing.of(due, null, due)).isEqualTo(Standing.NOT_DONE_WITHIN_DEADLINE);
        assertThat(Standing.of(due, null, due.plusDays(1))).isEqualTo(Standing.NOT_DONE_OVERDUE);
    }

    @Test
    void aPeriodCountsTaskReportsOneOffsOfItsYearAndIndicatorValuesByUnit() {
        List<TaskView> tasks = List.of(
                task("1", "kinh-te", deliverable("2026", "ACCEPTED", LocalDate.of(2026, 12, 16), null, LocalDate.of(2026, 12, 15), "PAPER"),
                        deliverable("2026-6M", "SUBMITTED", LocalDate.of(2026, 6, 16), Instant.parse("2026-06-20T03:00:00Z"), null, null)),
                task("2", "kinh-te", deliverable("2026", "RETURNED", LocalDate.of(2026, 12, 16), Instant.parse("2026-12-10T03:00:00Z"),
                        LocalDate.of(2026, 12, 10), null)),
                task("3", "cong-an", deliverable("final", "PLANNED", LocalDate.of(2026, 12, 31), null, null, null)),
                task("4", "cong-an", deliverable("2026", "SUBMITTED", LocalDate.of(2026, 12, 16), Instant.parse("2026-12-18T03:00:00Z"),
                        null, null)));
        List<IndicatorView> indicators = List.of(indicator("GRDP", "kinh-te", Map.of("2026",
                new IndicatorView.PeriodValue(12.0, "APPROVED", Instant.parse("2026-12-17T03:00:00Z"), Instant.parse("2026-12-12T03:00:00Z"),
                        null, null))),
                indicator("BHYT", "van-hoa-xa-hoi", Map.of()));

        List<PeriodLedger.Owed> owed = PeriodLedger.owed("2026", 2026, true, YEAR, tasks, indicators, TODAY);

        // By hand: kinh-te owes task 1 (received on paper 15/12: on time), task 2 (returned: not done, overdue) and GRDP
        // (submitted 12/12: on time); cong-an owes the one-off of task 3 (due 31/12: not yet due) and task 4 (18/12: late);
        // van-hoa-xa-hoi owes its health-insurance value (none: overdue). The 6-month report of task 1 is another period's.
        assertThat(PeriodLedger.tally(owed)).isEqualTo(new Tally(6, 2, 1, 2, 1));
        assertThat(PeriodLedger.tally(owed.stream().filter(o -> o.unit().equals("kinh-te")).toList())).isEqualTo(new Tally(3, 2, 0, 1, 0));
        assertThat(PeriodLedger.tally(owed.stream().filter(o -> o.unit().equals("cong-an")).toList())).isEqualTo(new Tally(2, 0, 1, 0, 1));
        assertThat(owed).filteredOn(o -> o.key().equals("1")).singleElement().satisfies(o -> {
            assertThat(o.doneOn()).isEqualTo(LocalDate.of(2026, 12, 15));
            assertThat(o.receivedVia()).isEqualTo("PAPER");
        });
        assertThat(PeriodLedger.owed("2026-6M", 2026, false, null, tasks, indicators, TODAY)).singleElement()
                .extracting(PeriodLedger.Owed::standing).isEqualTo(Standing.DONE_LATE);
    }

    private static TaskView task(String key, String lead, TaskView.DeliverableView... deliverables) {
        Map<String, TaskView.DeliverableView> byId = new LinkedHashMap<>();
        for (TaskView.DeliverableView d : deliverables) {
            byId.put(d.id(), d);
        }
        return new TaskView("w:86-KH-UBND:" + key, "w", "hai-phong", "86/KH-UBND", key, "KINH TẾ", "Nhiệm vụ " + key, "2026 - 2030",
                new TaskView.UnitRef(lead, lead), List.of(), "Báo cáo kết quả thực hiện", "Chủ tịch UBND phường",
                new TaskView.Reporting("PERIODIC", "Báo cáo", "IMPORT"), byId, Instant.now());
    }

    private static TaskView.DeliverableView deliverable(String id, String status, LocalDate due, Instant submittedAt, LocalDate submittedOn,
            String via) {
        return new TaskView.DeliverableView(id, 2026, due, status, submittedAt, null, null, List.of(), submittedOn, via);
    }

    private static IndicatorView indicator(String key, String unit, Map<String, IndicatorView.PeriodValue> values) {
        return new IndicatorView("w:86-KH-UBND:" + key, "w", "hai-phong", "86/KH-UBND", key, 1, key, null, "KINH TẾ", key, "%", null,
                null, null, "Chủ tịch UBND phường", unit, unit, 2026, 2030, values, Map.of(), null, null, Instant.now());
    }
}
