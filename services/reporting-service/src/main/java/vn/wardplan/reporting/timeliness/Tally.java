package vn.wardplan.reporting.timeliness;

/**
 * Counts of what was owed: expected, on time, late, missing (not done and overdue) and not yet due (not done, within
 * its deadline). The four last are the Government's four classes under the names a ward office uses.
 */
public record Tally(int expected, int onTime, int late, int missing, int notYetDue) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0);

    public Tally plus(Standing standing) {
        return new Tally(expected + 1, onTime + (standing == Standing.DONE_ON_TIME ? 1 : 0),
                late + (standing == Standing.DONE_LATE ? 1 : 0), missing + (standing == Standing.NOT_DONE_OVERDUE ? 1 : 0),
                notYetDue + (standing == Standing.NOT_DONE_WITHIN_DEADLINE ? 1 : 0));
    }

    public Tally plus(Tally other) {
        return new Tally(expected + other.expected, onTime + other.onTime, late + other.late, missing + other.missing,
                notYetDue + other.notYetDue);
    }

    /** Received, on time or not. */
    public int received() {
        return onTime + late;
    }
}
