package vn.wardplan.task.task;

/** The years something runs, both included: a plan's term (2026–2030), a task's period ("2027 - 2029"). */
public record YearSpan(int first, int last) {

    /** The year lies in the span. */
    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /** The five-year term (2026–2030, 2031–2035, …) the year falls in. */
    public static YearSpan termOf(int year) {
        int start = 2026 + Math.floorDiv(year - 2026, 5) * 5;
        return new YearSpan(start, start + 4);
    }
}
