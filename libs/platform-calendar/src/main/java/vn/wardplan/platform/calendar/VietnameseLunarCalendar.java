package vn.wardplan.platform.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Solar dates of Vietnamese lunar days. The Vietnamese lunar calendar is the Chinese one computed on Vietnam's
 * meridian (UTC+7) instead of China's (UTC+8); ICU4J's astronomical Chinese calendar takes that meridian as a
 * parameter (as its Korean {@code DangiCalendar} does with UTC+9). The meridian matters: a new moon between
 * 23:00 and 24:00 Vietnam time starts the month a day earlier here, so Tết 2030 is on 2 February in Vietnam and
 * on 3 February in China (and 1985's Tết came a whole month apart).
 */
public final class VietnameseLunarCalendar {

    private static final TimeZone VIETNAM_MERIDIAN = new SimpleTimeZone(7 * 3_600_000, "UTC+07:00");
    private static final Map<Integer, LocalDate> NEW_YEARS = new ConcurrentHashMap<>();

    private VietnameseLunarCalendar() {
    }

    /** The first day of the lunar year that begins in the given solar year (mùng 1 Tết). */
    public static LocalDate newYear(int solarYear) {
        return NEW_YEARS.computeIfAbsent(solarYear, year -> {
            // Tết always falls between 21 January and 20 February.
            for (LocalDate day = LocalDate.of(year, 1, 19); day.getMonthValue() < 3; day = day.plusDays(1)) {
                LunarDate lunar = lunarDateOf(day);
                if (lunar.month() == 1 && lunar.day() == 1 && !lunar.leapMonth()) {
                    return day;
                }
            }
            throw new IllegalStateException("No lunar new year found in " + year);
        });
    }

    /** The solar date of a lunar day of the (non-leap) lunar month in the lunar year that begins in the solar year. */
    public static LocalDate solarDate(int solarYear, int lunarMonth, int lunarDay) {
        LocalDate start = newYear(solarYear);
        for (LocalDate day = start; day.isBefore(start.plusDays(390)); day = day.plusDays(1)) {
            LunarDate lunar = lunarDateOf(day);
            if (lunar.month() == lunarMonth && lunar.day() == lunarDay && !lunar.leapMonth()) {
                return day;
            }
        }
        throw new IllegalArgumentException("No lunar day " + lunarDay + "/" + lunarMonth + " in lunar year " + solarYear);
    }

    /** The lunar date of a solar day. */
    public static LunarDate lunarDateOf(LocalDate day) {
        ChineseCalendar calendar = new VietnameseMeridianCalendar();
        calendar.setTimeInMillis(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return new LunarDate(calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH),
                calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 1);
    }

    /** A day of the lunar calendar: month 1–12, day 1–30, and whether the month is a leap (nhuận) month. */
    public record LunarDate(int month, int day, boolean leapMonth) {
    }

    @SuppressWarnings("deprecation") // ICU marks the meridian constructor internal; DangiCalendar relies on it too.
    private static final class VietnameseMeridianCalendar extends ChineseCalendar {
        private static final long serialVersionUID = 1L;

        VietnameseMeridianCalendar() {
            super(TimeZone.GMT_ZONE, ULocale.ROOT, VIETNAM_MERIDIAN);
        }
    }
}
