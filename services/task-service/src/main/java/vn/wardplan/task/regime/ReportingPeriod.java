package vn.wardplan.task.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period of a year: "2026" (annual), "2026-6M" (first six months), "2026-Q3", "2026-M07". Its data
 * window follows Decree 09/2019, Art. 12: it ends on the cut-off day (the 14th by default) of its last month and
 * starts the day after the previous period's cut-off, so the annual and 6-month windows start on 15 December of the
 * year before.
 */
public record ReportingPeriod(PeriodKind kind, int year, int index) implements Comparable<ReportingPeriod> {

    private static final Pattern KEY = Pattern.compile("^(\\d{4})(?:-(6M|Q[1-4]|M(0[1-9]|1[0-2])))?$");

    public ReportingPeriod {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Year outside 2000–2100: " + year);
        }
    }

    public static ReportingPeriod annual(int year) {
        return new ReportingPeriod(PeriodKind.YEAR, year, 1);
    }

    public static Optional<ReportingPeriod> parse(String key) {
        Matcher m = key == null ? null : KEY.matcher(key.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        String part = m.group(2);
        if (part == null) {
            return Optional.of(annual(year));
        }
        if (part.equals("6M")) {
            return Optional.of(new ReportingPeriod(PeriodKind.HALF_YEAR, year, 1));
        }
        if (part.startsWith("Q")) {
            return Optional.of(new ReportingPeriod(PeriodKind.QUARTER, year, part.charAt(1) - '0'));
        }
        return Optional.of(new ReportingPeriod(PeriodKind.MONTH, year, Integer.parseInt(m.group(3))));
    }

    /** The periods of one kind in a year, in order. */
    public static List<ReportingPeriod> of(PeriodKind kind, int year) {
        int count = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case HALF_YEAR, YEAR -> 1;
        };
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            periods.add(new ReportingPeriod(kind, year, i));
        }
        return periods;
    }

    public String key() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case HALF_YEAR -> year + "-6M";
            case QUARTER -> year + "-Q" + index;
            case MONTH -> "%d-M%02d".formatted(year, index);
        };
    }

    /** The month the period's data is cut off in. */
    int lastMonth() {
        return switch (kind) {
            case YEAR -> 12;
            case HALF_YEAR -> 6;
            case QUARTER -> index * 3;
            case MONTH -> index;
        };
    }

    /** The last day of data: the cut-off day of the period's last month. */
    public LocalDate cutOff(int cutOffDay) {
        return LocalDate.of(year, lastMonth(), cutOffDay);
    }

    /** The first day of data: the day after the cut-off of the month before the period's first month. */
    public LocalDate start(int cutOffDay) {
        int firstMonth = switch (kind) {
            case YEAR, HALF_YEAR -> 1;
            case QUARTER -> index * 3 - 2;
            case MONTH -> index;
        };
        return LocalDate.of(year, firstMonth, 1).minusMonths(1).withDayOfMonth(cutOffDay).plusDays(1);
    }

    /** How the ward's documents name the period. */
    public String label() {
        return switch (kind) {
            case YEAR -> "Năm " + year;
            case HALF_YEAR -> "6 tháng đầu năm " + year;
            case QUARTER -> "Quý " + List.of("I", "II", "III", "IV").get(index - 1) + "/" + year;
            case MONTH -> "Tháng " + index + "/" + year;
        };
    }

    /** By cut-off month, the longer period last: "2026-M06", "2026-Q2", "2026-6M", then "2026-M07". */
    @Override
    public int compareTo(ReportingPeriod other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byMonth = Integer.compare(lastMonth(), other.lastMonth());
        return byMonth != 0 ? byMonth : Integer.compare(kind.ordinal(), other.kind.ordinal());
    }
}
