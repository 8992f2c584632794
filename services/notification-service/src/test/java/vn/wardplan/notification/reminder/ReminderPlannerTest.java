package vn.wardplan.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.notification.policy.ReminderPolicy;
import vn.wardplan.notification.reminder.Reminder.Kind;

class ReminderPlannerTest {

    private final ReminderPlanner planner = new ReminderPlanner(ReminderPolicy.defaults("an-duong", "hai-phong"),
            WorkingCalendar.statutory());

    @Test
    void remindsSevenThreeAndOneWorkingDaysBeforeOnTheDayThenOverdueAndEscalation() {
        // Due Monday 30/11/2026, planned long before.
        List<ReminderPlanner.Planned> plan = planner.plan(LocalDate.of(2026, 11, 30), at(2026, 11, 1, 9, 0), null);

        assertThat(plan).extracting(p -> p.kind() + "-" + p.sequence() + "@" + local(p.sendAt())).containsExactly(
                "BEFORE-7@2026-11-19T08:00", "BEFORE-3@2026-11-25T08:00", "BEFORE-1@2026-11-27T08:00",
                "DUE-0@2026-11-30T08:00", "OVERDUE-1@2026-12-02T08:00", "ESCALATION-0@2026-12-03T08:00");
        assertThat(plan).noneMatch(ReminderPlanner.Planned::late);
    }

    @Test
    void aDueDateOnAHolidayIsRemindedTheWorkingDayBefore() {
        List<ReminderPlanner.Planned> plan = planner.plan(LocalDate.of(2026, 9, 2), at(2026, 8, 1, 9, 0), null);

        assertThat(plan).filteredOn(p -> p.kind() == Kind.DUE).extracting(p -> local(p.sendAt()))
                .containsExactly(LocalDateTime.of(2026, 8, 31, 8, 0));
        // One working day before 2/9 is also 31/8: one reminder that day, not two.
        assertThat(plan).filteredOn(p -> local(p.sendAt()).equals(LocalDateTime.of(2026, 8, 31, 8, 0))).hasSize(1);
    }

    @Test
    void remindersWhoseTimeHasPassedCollapseIntoOneLateReminderSentAtOnce() {
        Instant now = at(2026, 11, 26, 10, 0);

        List<ReminderPlanner.Planned> plan = planner.plan(LocalDate.of(2026, 11, 30), now, null);

        assertThat(plan).filteredOn(p -> p.supersededBy() == null && p.sendAt().equals(now)).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Kind.BEFORE);
                    assertThat(p.sequence()).isEqualTo(3);
                    assertThat(p.late()).isTrue();
                });
        assertThat(plan).filteredOn(p -> p.kind() == Kind.BEFORE && p.sequence() == 7).singleElement()
                .extracting(ReminderPlanner.Planned::supersededBy).isEqualTo("BEFORE-3");
        assertThat(plan).filteredOn(p -> p.supersededBy() == null).extracting(p -> p.kind() + "-" + p.sequence())
                .containsExactly("BEFORE-3", "BEFORE-1", "DUE-0", "OVERDUE-1", "ESCALATION-0");
    }

    @Test
    void aReplanDoesNotRepeatWhatWasAlreadySent() {
        Instant now = at(2026, 11, 26, 10, 0);
        List<ReminderPlanner.Planned> plan = planner.plan(LocalDate.of(2026, 11, 30), now, at(2026, 11, 25, 8, 0));

        assertThat(plan).noneMatch(p -> p.late());
        assertThat(plan).filteredOn(p -> p.kind() == Kind.BEFORE && p.sequence() == 3).singleElement()
                .extracting(ReminderPlanner.Planned::supersededBy).asString().startsWith("SENT-");
    }

    @Test
    void aLateReminderWaitsOutTheQuietHours() {
        Instant night = at(2026, 11, 26, 23, 30);

        List<ReminderPlanner.Planned> plan = planner.plan(LocalDate.of(2026, 11, 30), night, null);

        assertThat(plan).filteredOn(ReminderPlanner.Planned::late).singleElement()
                .extracting(p -> local(p.sendAt())).isEqualTo(LocalDateTime.of(2026, 11, 27, 7, 0));
    }

    @Test
    void overdueRemindersRepeatEveryTwoWorkingDaysUpToTheCap() {
        ReminderPlanner.Planned second = planner.nextOverdue(LocalDate.of(2026, 11, 30), 1, at(2026, 12, 2, 8, 0));
        assertThat(local(second.sendAt())).isEqualTo(LocalDateTime.of(2026, 12, 4, 8, 0));
        assertThat(second.sequence()).isEqualTo(2);

        assertThat(planner.nextOverdue(LocalDate.of(2026, 11, 30), 10, at(2026, 12, 30, 8, 0))).isNull();
    }

    @Test
    void quietHoursMaySpanMidnight() {
        ReminderPolicy policy = ReminderPolicy.defaults("an-duong", "hai-phong");
        assertThat(policy.isQuiet(LocalTime.of(22, 0))).isTrue();
        assertThat(policy.isQuiet(LocalTime.of(6, 59))).isTrue();
        assertThat(policy.isQuiet(LocalTime.of(8, 0))).isFalse();
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, WorkingCalendar.VIETNAM);
    }
}
