package vn.wardplan.task.deliverable;

import vn.wardplan.task.task.YearSpan;
import vn.wardplan.task.task.ReportingMode;
import vn.wardplan.task.task.Deliverable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.wardplan.task.regime.RegimeSchedule;
import vn.wardplan.task.regime.ScheduledPeriod;

/**
 * Derives a task's deliverables from its reporting mode, its period and the ward's reporting regime. A periodic task
 * owes a report for every period of the regime inside its span (2026-6M, 2026, 2027-6M, …), due on the units'
 * deadline; a period that lists years ("2028; 2030") asks for the annual report of each of them. A one-off delivers
 * once ("final"): on the deadline its period names ("31/12/2030", "Tháng 9/2026", "Quý II/2027", "6 tháng đầu năm
 * 2027": the last day of it), else on the units' deadline of the last annual period of its span. Pure Java.
 */
public final class DeliverablePlanner {

    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Pattern YEAR_LIST = Pattern.compile("^(?:năm\\s*)?\\d{4}(?:\\s*(?:[;,]|và)\\s*(?:năm\\s*)?\\d{4}){1,9}$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAY_WRITTEN = Pattern.compile("(?:ngày\\s*)?(\\d{1,2})\\s*(?:/|-|\\.|tháng)\\s*(\\d{1,2})\\s*(?:/|-|\\.|năm)\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("tháng\\s*(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quý\\s*(iv|i{1,3}|[1-4])\\s*(?:/|năm)\\s*(\\d{4})");
    private static final Pattern HALF = Pattern.compile("6 tháng (đầu|cuối) năm\\s*(\\d{4})");

    private DeliverablePlanner() {
    }

    public static List<Deliverable> plan(String period, YearSpan term, ReportingMode mode, RegimeSchedule regime) {
        YearSpan years = years(period, term);
        String written = period == null ? "" : period.strip().toLowerCase(Locale.ROOT);
        List<Deliverable> deliverables = new ArrayList<>();
        if (mode.periodic()) {
            List<Integer> listed = listedYears(written).stream().filter(term::contains).toList();
            if (listed.size() > 1) {
                for (int year : listed) {
                    ScheduledPeriod annual = regime.annual(year);
                    deliverables.add(Deliverable.planned(annual.key(), year, annual.unitsDue()));
                }
                return deliverables;
            }
            for (ScheduledPeriod p : regime.periods(years.first(), years.last())) {
                deliverables.add(Deliverable.planned(p.key(), p.year(), p.unitsDue()));
            }
            return deliverables;
        }
        LocalDate due = deadline(written).orElse(regime.annual(years.last()).unitsDue());
        deliverables.add(Deliverable.planned("final", due.getYear(), due));
        return deliverables;
    }

    /** "2028; 2030", "Năm 2027 và năm 2029" → the years; anything else → none. */
    static List<Integer> listedYears(String period) {
        if (!YEAR_LIST.matcher(period).matches()) {
            return List.of();
        }
        return YEAR.matcher(period).results().map(m -> Integer.parseInt(m.group())).distinct().toList();
    }

    /** The one day a period names as its deadline; none for a range ("Quý I/2026 - Quý IV/2030") or a day that is none. */
    static Optional<LocalDate> deadline(String period) {
        if (YEAR.matcher(period).results().count() > 1) {
            return Optional.empty();
        }
        try {
            Matcher m = DAY_WRITTEN.matcher(period);
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

    /** "2026 - 2030" → 2026–2030; "Quý I/2026 - Quý IV/2030" → 2026–2030; "2027" → 2027–2027; no year → the plan's term. */
    static YearSpan years(String period, YearSpan term) {
        int[] named = YEAR.matcher(period == null ? "" : period).results().mapToInt(year -> Integer.parseInt(year.group())).toArray();
        if (named.length == 0) {
            return term;
        }
        return new YearSpan(named[0], named[named.length - 1]);
    }
}
