package vn.wardplan.task.task;

/**
 * Whether a task reports every period of the regime inside its span (PERIODIC) or delivers once (ONE_OFF), why, and
 * who decided: the import from the task's wording (IMPORT), or the ward office (OFFICE), whose choice a re-import keeps.
 */
public record ReportingMode(Cadence cadence, String reason, String decidedBy) {

    /** How often a task reports. */
    public enum Cadence { PERIODIC, ONE_OFF }

    public static final String IMPORT = "IMPORT";
    public static final String OFFICE = "OFFICE";

    public boolean periodic() {
        return cadence == Cadence.PERIODIC;
    }
}
