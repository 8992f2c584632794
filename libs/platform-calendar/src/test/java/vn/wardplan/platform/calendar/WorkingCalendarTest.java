package vn.wardplan.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    @Test
    void tetFallsOnTheVietnameseLunarNewYear() {
        assertThat(VietnameseLunarCalendar.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(VietnameseLunarCalendar.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(VietnameseLunarCalendar.newYear(2028)).isEqualTo(LocalDate.of(2028, 1, 26));
        assertThat(VietnameseLunarCalendar.newYear(2029)).isEqualTo(LocalDate.of(2029, 2, 13));
    }

    @Test
    void theVietnameseMeridianPutsTet2030AndTet1985EarlierThanInChina() {
        // The new moon of 2 February 2030 is at 23:07 in Hà Nội and 00:07 on 3 February in Beijing.
        assertThat(VietnameseLunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(VietnameseLunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(VietnameseLunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    }

    @Test
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth() {
        assertThat(VietnameseLunarCalendar.solarDate(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(VietnameseLunarCalendar.solarDate(2027, 3, 10)).isEqualTo(LocalDate.of(2027, 4, 16));
    }

    @Test
    void the2026HolidaysFollowTheLabourCodeWithCompensatoryDays() {
        List<LocalDate> daysOff = WorkingCalendar.statutory().daysOff(2026).stream().map(DayOff::date).toList();

        assertThat(daysOff).contains(LocalDate.of(2026, 1, 1),
                // Tết Bính Ngọ: eve 16/2 (Mon) and mùng 1–4, 17–20/2
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 20),
                // Giỗ Tổ on Sunday 26/4, so Monday 27/4 off; 30/4 Thu, 1/5 Fri
                LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
                // Quốc khánh Wednesday 2/9 and the day before
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
        WorkingCalendar calendar = WorkingCalendar.statutory();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
        assertThat(calendar.dayOff(LocalDate.of(2026, 4, 27))).get().extracting(DayOff::source).isEqualTo(DayOff.Source.COMPENSATORY);
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        WorkingCalendar calendar = WorkingCalendar.statutory();
        // Due Monday 23/2/2026, the first working day after Tết: 3 working days before is Wednesday 11/2.
        assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 2, 23), 3)).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 2))).isEqualTo(3);
    }

    @Test
    void aDeadlineOnAHolidayIsRemindedTheWorkingDayBefore() {
        WorkingCalendar calendar = WorkingCalendar.statutory();
        assertThat(calendar.workingDayOnOrBefore(LocalDate.of(2026, 9, 2))).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(calendar.workingDayOnOrBefore(LocalDate.of(2027, 2, 8))).isEqualTo(LocalDate.of(2027, 2, 4));
    }

    @Test
    void announcedDaysReplaceTheStatutoryCalendar() {
        WorkingCalendar calendar = new WorkingCalendar(List.of(
                new WorkingCalendar.Announcement(LocalDate.of(2026, 2, 21), true, "Nghỉ Tết theo thông báo"),
                new WorkingCalendar.Announcement(LocalDate.of(2026, 2, 28), false, "Làm bù thứ Bảy")));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(calendar.dayOff(LocalDate.of(2026, 2, 21))).get().extracting(DayOff::source).isEqualTo(DayOff.Source.ANNOUNCED);
        assertThat(calendar.workingWeekendDays(2026)).extracting(WorkingCalendar.Announcement::date).containsExactly(LocalDate.of(2026, 2, 28));
    }
}
