package vn.wardplan.platform.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A ward's working days: Monday to Friday, minus the public holidays and their compensatory days, adjusted by the
 * days the government announces for a year (an extra day off, a Saturday made a working day).
 */
public final class WorkingCalendar {

    /** Vietnam's time zone (UTC+7, no daylight saving): where a ward's days begin and end. */
    public static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    /** A day the ward entered for a year: a day off ({@code dayOff}) or a weekend day made a working day. */
    public record Announcement(LocalDate date, boolean dayOff, String name) {
    }

    private final Map<LocalDate, Announcement> announced;
    private static final Map<Integer, Map<LocalDate, DayOff>> HOLIDAYS_BY_YEAR = new ConcurrentHashMap<>();

    public WorkingCalendar(Collection<Announcement> announcements) {
        this.announced = new HashMap<>();
        announcements.forEach(a -> announced.put(a.date(), a));
    }

    /** The statutory calendar with nothing announced. */
    public static WorkingCalendar statutory() {
        return new WorkingCalendar(List.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return dayOff(day).isEmpty();
    }

    /** Why the offices are closed that day, if they are. */
    public Optional<DayOff> dayOff(LocalDate day) {
        Announcement announcement = announced.get(day);
        if (announcement != null) {
            return announcement.dayOff() ? Optional.of(new DayOff(day, announcement.name(), DayOff.Source.ANNOUNCED)) : Optional.empty();
        }
        DayOff holiday = holidays(day.getYear()).get(day);
        if (holiday != null) {
            return Optional.of(holiday);
        }
        return PublicHolidays.isWeekend(day) ? Optional.of(new DayOff(day, "Nghỉ cuối tuần", DayOff.Source.LAW)) : Optional.empty();
    }

    /** Every day off of the year other than ordinary weekends, and the weekend days made working days. */
    public List<DayOff> daysOff(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .flatMap(day -> dayOff(day).stream())
                .filter(off -> !(PublicHolidays.isWeekend(off.date()) && "Nghỉ cuối tuần".equals(off.name())))
                .toList();
    }

    /** The weekend days of the year that the ward announced as working days (a swapped Saturday). */
    public List<Announcement> workingWeekendDays(int year) {
        return announced.values().stream().filter(a -> !a.dayOff() && a.date().getYear() == year)
                .filter(a -> PublicHolidays.isWeekend(a.date())).sorted(java.util.Comparator.comparing(Announcement::date)).toList();
    }

    /** The day itself if it is a working day, else the last working day before it. */
    public LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate current = day;
        while (!isWorkingDay(current)) {
            current = current.minusDays(1);
        }
        return current;
    }

    /** The working day {@code count} working days before the day (the day itself not counted). */
    public LocalDate minusWorkingDays(LocalDate day, int count) {
        LocalDate current = day;
        for (int left = count; left > 0; ) {
            current = current.minusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return count == 0 ? workingDayOnOrBefore(day) : current;
    }

    /** The working day {@code count} working days after the day (the day itself not counted). */
    public LocalDate plusWorkingDays(LocalDate day, int count) {
        LocalDate current = day;
        for (int left = count; left > 0; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /** Working days from {@code from} (excluded) to {@code to} (included); 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }

    private Map<LocalDate, DayOff> holidays(int year) {
        return HOLIDAYS_BY_YEAR.computeIfAbsent(year, y -> PublicHolidays.of(y).stream()
                .collect(Collectors.toMap(DayOff::date, d -> d, (first, second) -> first)));
    }
}
