package vn.wardplan.task.deliverable;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a task's deliverables from its expected output and period: an output or a period said to be yearly
 * ("Báo cáo … hằng năm", period "Hằng năm") gives one deliverable per year of the period (the plan's, for a period
 * that names no year); a period listing years ("2028; 2030") gives one in each of them; any other output gives one
 * at the end. The due day comes from the ward's policy (default 30 November). Pure Java.
 */
public final class DeliverablePlanner {

    /** The day the annual report of a unit is due when the ward set nothing else. */
    public static final MonthDay DEFAULT_DUE_DAY = MonthDay.of(11, 30);

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})|(\\d{4})");
    private static final Pattern YEARLY = Pattern.compile("h[ằà]ng năm|thường niên|mỗi năm");
    private static final Pattern YEAR_LIST = Pattern.compile("^(?:năm\\s*)?\\d{4}(?:\\s*(?:[;,]|và)\\s*(?:năm\\s*)?\\d{4}){1,9}$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

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
            deliverables.add(Deliverable.planned("final", years[1], dueDay.atYear(years[1])));
        }
        return deliverables;
    }

    /** "2026 - 2030" → {2026, 2030}; "2027" → {2027, 2027}; unreadable → the plan's period. */
    static int[] years(String period, int planStart, int planEnd) {
        Matcher m = PERIOD.matcher(period == null ? "" : period);
        if (m.find()) {
            if (m.group(1) != null) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            }
            int year = Integer.parseInt(m.group(3));
            return new int[] {year, year};
        }
        return new int[] {planStart, planEnd};
    }
}
