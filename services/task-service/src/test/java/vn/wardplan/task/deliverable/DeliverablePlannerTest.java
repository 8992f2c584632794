package vn.wardplan.task.deliverable;

import vn.wardplan.task.task.YearSpan;
import vn.wardplan.task.task.Deliverable;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.task.regime.PeriodKind;
import vn.wardplan.task.regime.PeriodRule;
import vn.wardplan.task.regime.RegimeSchedule;
import vn.wardplan.task.regime.RegimeVersion;

class DeliverablePlannerTest {

    static final RegimeSchedule DECREE_09 = new RegimeSchedule(List.of(), WorkingCalendar.statutory());

    @Test
    void aReportOwesTheSixMonthAndTheAnnualReportOfEveryYearOfItsSpan() {
        List<Deliverable> d = plan("Báo cáo kết quả thực hiện", "2026 - 2030");

        assertThat(d).extracting(Deliverable::id).containsExactly("2026-6M", "2026", "2027-6M", "2027", "2028-6M", "2028",
                "2029-6M", "2029", "2030-6M", "2030");
        // Cut-offs on the 14th (Decree 09), units two working days later: 14/6/2026 is a Sunday, 14/12/2030 a Saturday.
        assertThat(d.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(d.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(d.getLast().dueDate()).isEqualTo(LocalDate.of(2030, 12, 17));
    }

    @Test
    void aRegimeWithQuartersAddsThemInCutOffOrder() {
        RegimeSchedule quarterly = new RegimeSchedule(List.of(new RegimeVersion("2026", List.of(PeriodRule.decree09(PeriodKind.QUARTER),
                PeriodRule.decree09(PeriodKind.HALF_YEAR), PeriodRule.decree09(PeriodKind.YEAR)), Instant.parse("2025-12-01T00:00:00Z"),
                "anduong.vanphong")), WorkingCalendar.statutory());

        assertThat(DeliverablePlanner.plan("2026", new YearSpan(2026, 2030), ReportingDecision.decide("Báo cáo", "2026"), quarterly))
                .extracting(Deliverable::id).containsExactly("2026-Q1", "2026-Q2", "2026-6M", "2026-Q3", "2026-Q4", "2026");
    }

    @Test
    void aOneOffProductIsDueOnceOnTheUnitsDeadlineOfItsLastYear() {
        List<Deliverable> d = plan("Đề án phát triển du lịch được phê duyệt", "2026 - 2027");

        assertThat(d).singleElement().satisfies(one -> {
            assertThat(one.id()).isEqualTo("final");
            assertThat(one.dueDate()).isEqualTo(LocalDate.of(2027, 12, 16));
        });
    }

    @Test
    void aYearlyPeriodCoversThePlanAndAListOfYearsAsksForTheirAnnualReports() {
        assertThat(plan("Báo cáo kết quả huấn luyện", "Hằng năm")).hasSize(10);
        assertThat(plan("Đại hội được tổ chức", "2028; 2030")).extracting(Deliverable::id).containsExactly("2028", "2030");
        assertThat(plan("Hội thi", "Năm 2027 và năm 2029")).extracting(Deliverable::year).containsExactly(2027, 2029);
    }

    @Test
    void aPeriodNamingADayAMonthAQuarterOrAHalfYearIsDueOnItsLastDay() {
        assertThat(due("Quý II/2027")).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(due("quý 4 năm 2028")).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(due("Tháng 9/2026")).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(due("tháng 02 năm 2028")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(due("31/12/2030")).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(due("Trước ngày 15/7/2027")).isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(due("ngày 30 tháng 6 năm 2027")).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(due("6 tháng đầu năm 2027")).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(due("6 tháng cuối năm 2029")).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(plan("Báo cáo", "Quý II/2027")).singleElement().satisfies(one -> {
            assertThat(one.id()).isEqualTo("final");
            assertThat(one.year()).isEqualTo(2027);
        });
    }

    @Test
    void aDeadlineThatIsNoDayOrARangeReportsEveryPeriodOfItsYears() {
        assertThat(plan("Báo cáo", "31/02/2027")).extracting(Deliverable::id).containsExactly("2027-6M", "2027");
        assertThat(plan("Báo cáo", "Tháng 13/2027")).extracting(Deliverable::id).containsExactly("2027-6M", "2027");
        assertThat(plan("Báo cáo", "Quý I/2026 - Quý IV/2030")).hasSize(10);
    }

    @Test
    void anUnreadablePeriodFallsBackToThePlansYears() {
        assertThat(plan("Báo cáo kết quả", "trong kỳ kế hoạch")).hasSize(10).last().extracting(Deliverable::year).isEqualTo(2030);
    }

    @Test
    void overdueIsComputedFromTheDueDateAndTheStatus() {
        Deliverable planned = Deliverable.planned("2026", 2026, LocalDate.of(2026, 11, 30));

        assertThat(planned.overdueOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(planned.overdueOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(planned.moveTo(Deliverable.Status.SUBMITTED, null).overdueOn(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(planned.moveTo(Deliverable.Status.RETURNED, "thiếu số liệu").overdueOn(LocalDate.of(2026, 12, 1))).isTrue();
    }

    private static List<Deliverable> plan(String output, String period) {
        return DeliverablePlanner.plan(period, new YearSpan(2026, 2030), ReportingDecision.decide(output, period), DECREE_09);
    }

    private static LocalDate due(String period) {
        return plan("Báo cáo", period).getLast().dueDate();
    }
}
