package vn.wardplan.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The public holidays of a solar year under the Labour Code 2019 (Điều 112): Tết Dương lịch, five days of Tết
 * Nguyên đán, Giỗ Tổ Hùng Vương (10/3 lunar), 30/4, 1/5 and two days of Quốc khánh; plus the compensatory
 * working day off for a holiday that falls on a weekend (Điều 111, khoản 3). Which day around Tết and 2/9 the
 * government gives is announced each year; the defaults here (the eve of Tết and mùng 1–4; the day before 2/9,
 * or the day after when 2/9 is a Thursday) are replaced by a ward's announced overrides.
 */
public final class PublicHolidays {

    private static final Map<Integer, List<DayOff>> BY_YEAR = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    /** The statutory and compensatory days off that fall in the solar year, by date (computed once per year). */
    public static List<DayOff> of(int year) {
        return BY_YEAR.computeIfAbsent(year, PublicHolidays::compute);
    }

    private static List<DayOff> compute(int year) {
        List<DayOff> holidays = new ArrayList<>();
        for (int lunarYear = year; lunarYear <= year + 1; lunarYear++) {
            LocalDate tet = VietnameseLunarCalendar.newYear(lunarYear);
            holidays.add(new DayOff(tet.minusDays(1), "Tết Nguyên đán (Giao thừa)", DayOff.Source.LAW));
            for (int day = 1; day <= 4; day++) {
                holidays.add(new DayOff(tet.plusDays(day - 1L), "Tết Nguyên đán (mùng " + day + ")", DayOff.Source.LAW));
            }
            holidays.add(new DayOff(VietnameseLunarCalendar.solarDate(lunarYear, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                    DayOff.Source.LAW));
        }
        holidays.add(new DayOff(LocalDate.of(year, 1, 1), "Tết Dương lịch", DayOff.Source.LAW));
        holidays.add(new DayOff(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)", DayOff.Source.LAW));
        holidays.add(new DayOff(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)", DayOff.Source.LAW));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.add(new DayOff(nationalDay, "Quốc khánh (2/9)", DayOff.Source.LAW));
        holidays.add(new DayOff(nationalDay.getDayOfWeek() == DayOfWeek.THURSDAY ? nationalDay.plusDays(1) : nationalDay.minusDays(1),
                "Quốc khánh (ngày liền kề)", DayOff.Source.LAW));
        List<DayOff> inYear = holidays.stream().filter(h -> h.date().getYear() == year).sorted(Comparator.comparing(DayOff::date))
                .toList();
        return withCompensatoryDays(inYear);
    }

    private static List<DayOff> withCompensatoryDays(List<DayOff> holidays) {
        Set<LocalDate> taken = holidays.stream().map(DayOff::date).collect(Collectors.toSet());
        List<DayOff> all = new ArrayList<>(holidays);
        for (DayOff holiday : holidays) {
            if (isWeekend(holiday.date())) {
                LocalDate day = holiday.date().plusDays(1);
                while (isWeekend(day) || taken.contains(day)) {
                    day = day.plusDays(1);
                }
                taken.add(day);
                all.add(new DayOff(day, "Nghỉ bù " + holiday.name(), DayOff.Source.COMPENSATORY));
            }
        }
        all.sort(Comparator.comparing(DayOff::date));
        return List.copyOf(all);
    }

    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
