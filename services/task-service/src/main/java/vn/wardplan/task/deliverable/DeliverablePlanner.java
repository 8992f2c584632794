package vn.wardplan.task.deliverable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a task's deliverables from its expected output and period: an output or a period said to be yearly
 * ("Báo cáo … hằng năm", period "Hằng năm") gives one deliverable per year of the period (the plan's, for a period
 * that names no year); a period listing years ("2028; 2030") gives one in each of them; any other output gives one
 * at the end. That one is due on the deadline the period names ("31/12/2030", "Tháng 9/2026", "Quý II/2027",
 * "6 tháng đầu năm 2027": the last day of it), else on the ward's day (default 30 November). Pure Java.
 */
public final class DeliverablePlanner {

    /** The day the annual report of a unit is due when the ward set nothing else. */
    public static final MonthDay DEFAULT_DUE_DAY = MonthDay.of(11, 30);

    private static final Pattern YEARLY = Pattern.compile("h[ằà]ng năm|thường niên|mỗi năm");
    private static final Pattern YEAR_LIST = Pattern.compile("^(?:năm\\s*)?\\d{4}(?:\\s*(?:[;,]|và)\\s*(?:năm\\s*)?\\d{4}){1,9}$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAY = Pattern.compile("(?:ngày\\s*)?(\\d{1,2})\\s*(?:/|-|\\.|tháng)\\s*(\\d{1,2})\\s*(?:/|-|\\.|năm)\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("tháng\\s*(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quý\\s*(iv|i{1,3}|[1-4])\\s*(?:/|năm)\\s*(\\d{4})");
    private static final Pattern HALF = Pattern.compile("6 tháng (đầu|cuối) năm\\s*(\\d{4})");

    private DeliverablePlanner() {
    }

    public static List<Deliverable> plan(String output, String period, int planStart, int planEnd, MonthDay dueDay) {
        int[] years = years(period, planStart, planEnd);
        List<Deliverable> deliverables = new ArrayList<>();
        String listed = period == null ? "" : period.strip().toLowerCase(Locale.ROOT);
        if (YEAR_LIST.matcher(listed).matches()) {
            Matcher year = YEAR.matcher(listed);
            while (year.find()) {
                int y = Integer.parseInt(year.group());
                if (y >= planStart && y <= planEnd && deliverables.stream().noneMatch(d -> d.year() == y)) {
                    deliverables.add(Deliverable.planned(String.valueOf(y), y, dueDay.atYear(y)));
                }
            }
            if (!deliverables.isEmpty()) {
                return deliverables;
            }
        }
        boolean yearly = output != null && YEARLY.matcher(output.toLowerCase(Locale.ROOT)).find() || YEARLY.matcher(listed).find();
        if (yearly) {
            for (int year = years[0]; year <= years[1]; year++) {
                deliverables.add(Deliverable.planned(String.valueOf(year), year, dueDay.atYear(year)));
            }
        } else {
            LocalDate due = deadline(listed).orElse(dueDay.atYear(years[1]));
            deliverables.add(Deliverable.planned("final", due.getYear(), due));
        }
        return deliverables;
    }

    /** The one day a period names as its deadline; none for a range ("Quý I/2026 - Quý IV/2030") or a day that is none. */
    static Optional<LocalDate> deadline(String period) {
        if (YEAR.matcher(period).results().count() > 1) {
            return Optional.empty();
        }
        try {
            Matcher m = DAY.matcher(period);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = MONTH.matcher(period);
            if (m.find()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).atEndOfMonth());
            }
            m = QUARTER.matcher(period);
            if (m.find()) {
                int quarter = switch (m.group(1)) {
                    case "i", "1" -> 1;
                    case "ii", "2" -> 2;
                    case "iii", "3" -> 3;
                    default -> 4;
                };
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3).atEndOfMonth());
            }
            m = HALF.matcher(period);
            if (m.find()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), m.group(1).equals("đầu") ? 6 : 12).atEndOfMonth());
            }
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "2026 - 2030" → {2026, 2030}; "Quý I/2026 - Quý IV/2030" → {2026, 2030}; "2027" → {2027, 2027}; no year → the plan's. */
    static int[] years(String period, int planStart, int planEnd) {
        int[] named = YEAR.matcher(period == null ? "" : period).results().mapToInt(year -> Integer.parseInt(year.group())).toArray();
        if (named.length == 0) {
            return new int[] {planStart, planEnd};
        }
        return new int[] {named[0], named[named.length - 1]};
    }
}
