package vn.wardplan.task.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.platform.web.problem.WardplanProblem;

class RegimeScheduleTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.statutory();

    @Test
    void decree09WindowsRunFromTheFifteenthToTheFourteenth() {
        assertThat(ReportingPeriod.annual(2026).start(14)).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(ReportingPeriod.annual(2026).cutOff(14)).isEqualTo(LocalDate.of(2026, 12, 14));
        ReportingPeriod half = ReportingPeriod.parse("2026-6M").orElseThrow();
        assertThat(half.start(14)).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(half.cutOff(14)).isEqualTo(LocalDate.of(2026, 6, 14));
        ReportingPeriod second = ReportingPeriod.parse("2026-Q2").orElseThrow();
        assertThat(second.start(14)).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(second.cutOff(14)).isEqualTo(LocalDate.of(2026, 6, 14));
        ReportingPeriod january = ReportingPeriod.parse("2026-M01").orElseThrow();
        assertThat(january.start(14)).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(january.cutOff(14)).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(ReportingPeriod.parse("2026-Q5")).isEmpty();
        assertThat(ReportingPeriod.parse("2026-M13")).isEmpty();
        assertThat(ReportingPeriod.parse("26")).isEmpty();
    }

    @Test
    void theDefaultRegimeReportsSixMonthsAndTheYearOnWorkingDaysAfterTheCutOff() {
        List<ScheduledPeriod> periods = new RegimeSchedule(List.of(), CALENDAR).periods(2027);

        assertThat(periods).extracting(ScheduledPeriod::key).containsExactly("2027-6M", "2027");
        // 14/6/2027 is a Monday: units on Wednesday 16/6, the office on Friday 18/6.
        assertThat(periods.getFirst().unitsDue()).isEqualTo(LocalDate.of(2027, 6, 16));
        assertThat(periods.getFirst().officeDue()).isEqualTo(LocalDate.of(2027, 6, 18));
        assertThat(periods.getFirst().label()).isEqualTo("6 tháng đầu năm 2027");
    }

    @Test
    void aChangeAppliesFromItsPeriodOnAndNeverToAPeriodClosedBeforeItWasMade() {
        // Recorded on 20/6/2026, from 2026: the 6-month period had closed on 14/6 and keeps Decree 09's deadline.
        RegimeVersion later = new RegimeVersion("2026", List.of(new PeriodRule(PeriodKind.HALF_YEAR, 14, 5, 7),
                new PeriodRule(PeriodKind.YEAR, 14, 5, 7)), Instant.parse("2026-06-20T02:00:00Z"), "anduong.vanphong");
        RegimeSchedule schedule = new RegimeSchedule(List.of(later), CALENDAR);

        assertThat(schedule.periods(2026)).extracting(ScheduledPeriod::unitsDue)
                .containsExactly(LocalDate.of(2026, 6, 16), LocalDate.of(2026, 12, 21));
        assertThat(schedule.periods(2025)).extracting(ScheduledPeriod::unitsDue)
                .containsExactly(LocalDate.of(2025, 6, 17), LocalDate.of(2025, 12, 16));
    }

    @Test
    void aWardThatSwitchesQuartersOnFromAYearReportsThemFromThatYear() {
        RegimeVersion quarters = new RegimeVersion("2027", List.of(PeriodRule.decree09(PeriodKind.QUARTER),
                PeriodRule.decree09(PeriodKind.HALF_YEAR), PeriodRule.decree09(PeriodKind.YEAR)),
                Instant.parse("2026-12-01T02:00:00Z"), "anduong.vanphong");
        RegimeSchedule schedule = new RegimeSchedule(List.of(quarters), CALENDAR);

        assertThat(schedule.periods(2026)).extracting(ScheduledPeriod::key).containsExactly("2026-6M", "2026");
        assertThat(schedule.periods(2027)).extracting(ScheduledPeriod::key)
                .containsExactly("2027-Q1", "2027-Q2", "2027-6M", "2027-Q3", "2027-Q4", "2027");
    }

    @Test
    void nonsenseIsRefusedBeforeAnythingIsStored() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        PeriodRule year = PeriodRule.decree09(PeriodKind.YEAR);

        assertThat(new RegimeChange("2027", List.of(year)).check(today)).isEqualTo(ReportingPeriod.annual(2027));
        assertRefused(new RegimeChange("2027-H1", List.of(year)), "regime.from");
        assertRefused(new RegimeChange("2027", List.of()), "regime.noPeriods");
        assertRefused(new RegimeChange("2027", java.util.Arrays.asList(year, new PeriodRule(null, 14, 2, 4))), "regime.kindUnknown");
        assertRefused(new RegimeChange("2027", List.of(year, year)), "regime.kindTwice");
        assertRefused(new RegimeChange("2027", List.of(PeriodRule.decree09(PeriodKind.HALF_YEAR))), "regime.annualMissing");
        assertRefused(new RegimeChange("2027", List.of(new PeriodRule(PeriodKind.YEAR, 14, 0, 4))), "regime.unitsDeadline");
        assertRefused(new RegimeChange("2027", List.of(new PeriodRule(PeriodKind.YEAR, 14, 4, 4))), "regime.officeDeadline");
        assertRefused(new RegimeChange("2027", List.of(new PeriodRule(PeriodKind.YEAR, 31, 2, 4))), "regime.cutOffDay");
        assertRefused(new RegimeChange("2027", List.of(new PeriodRule(PeriodKind.HALF_YEAR, 10, 2, 4), year)), "regime.cutOffMismatch");
        assertRefused(new RegimeChange("2026-6M", List.of(year)), "regime.periodClosed");
    }

    private static void assertRefused(RegimeChange change, String key) {
        assertThatThrownBy(() -> change.check(LocalDate.of(2026, 12, 1))).isInstanceOfSatisfying(WardplanProblem.class,
                problem -> assertThat(problem.key()).isEqualTo(key));
    }
}
