package vn.wardplan.task.deliverable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeliverablePlannerTest {

    @Test
    void aYearlyReportGivesOneDeliverablePerYearOfThePeriod() {
        List<Deliverable> d = DeliverablePlanner.plan("Báo cáo tổng hợp kết quả thực hiện hằng năm", "2026 - 2030", 2026, 2030,
                DeliverablePlanner.DEFAULT_DUE_DAY);

        assertThat(d).extracting(Deliverable::id).containsExactly("2026", "2027", "2028", "2029", "2030");
        assertThat(d.getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DeliverablePlanner.plan("Báo cáo chuyển đổi số hàng năm", "2026 - 2030", 2026, 2030,
                DeliverablePlanner.DEFAULT_DUE_DAY)).hasSize(5);
    }

    @Test
    void aOneOffOutputGivesOneAtTheEndOfThePeriodOnTheWardsDay() {
        List<Deliverable> d = DeliverablePlanner.plan("Kế hoạch tuyên truyền", "2027", 2026, 2030, MonthDay.of(12, 15));

        assertThat(d).singleElement().satisfies(one -> {
            assertThat(one.id()).isEqualTo("final");
            assertThat(one.dueDate()).isEqualTo(LocalDate.of(2027, 12, 15));
        });
    }

    @Test
    void aYearlyPeriodGivesOneEachYearOfThePlanAndAListOfYearsOneInEach() {
        assertThat(DeliverablePlanner.plan("Báo cáo kết quả huấn luyện", "Hằng năm", 2026, 2030, DeliverablePlanner.DEFAULT_DUE_DAY))
                .extracting(Deliverable::id).containsExactly("2026", "2027", "2028", "2029", "2030");
        assertThat(DeliverablePlanner.plan("Đại hội được tổ chức", "2028; 2030", 2026, 2030, DeliverablePlanner.DEFAULT_DUE_DAY))
                .extracting(Deliverable::id).containsExactly("2028", "2030");
        assertThat(DeliverablePlanner.plan("Hội thi", "Năm 2027 và năm 2029", 2026, 2030, DeliverablePlanner.DEFAULT_DUE_DAY))
                .extracting(Deliverable::year).containsExactly(2027, 2029);
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
        assertThat(DeliverablePlanner.plan("Công trình hoàn thành", "Quý II/2027", 2026, 2030, DeliverablePlanner.DEFAULT_DUE_DAY))
                .singleElement().satisfies(one -> {
                    assertThat(one.id()).isEqualTo("final");
                    assertThat(one.year()).isEqualTo(2027);
                });
    }

    @Test
    void aDeadlineThatIsNoDayOrARangeKeepsTheWardsDay() {
        assertThat(due("31/02/2027")).isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(due("Tháng 13/2027")).isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(due("Quý I/2026 - Quý IV/2030")).isEqualTo(LocalDate.of(2030, 11, 30));
        assertThat(due("2026 - 2030")).isEqualTo(LocalDate.of(2030, 11, 30));
    }

    private static LocalDate due(String period) {
        return DeliverablePlanner.plan("Báo cáo", period, 2026, 2030, DeliverablePlanner.DEFAULT_DUE_DAY).getLast().dueDate();
    }

    @Test
    void anUnreadablePeriodFallsBackToThePlansPeriod() {
        assertThat(DeliverablePlanner.plan("Báo cáo kết quả", "trong kỳ kế hoạch", 2026, 2030, DeliverablePlanner.DEFAULT_DUE_DAY))
                .singleElement().extracting(Deliverable::year).isEqualTo(2030);
    }

    @Test
    void overdueIsComputedFromTheDueDateAndTheStatus() {
        Deliverable planned = Deliverable.planned("2026", 2026, LocalDate.of(2026, 11, 30));

        assertThat(planned.overdueOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(planned.overdueOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(planned.moveTo(Deliverable.Status.SUBMITTED, null).overdueOn(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(planned.moveTo(Deliverable.Status.RETURNED, "thiếu số liệu").overdueOn(LocalDate.of(2026, 12, 1))).isTrue();
    }
}
