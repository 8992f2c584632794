package vn.wardplan.task.planimport;

import java.time.LocalDate;
import java.util.List;

import vn.wardplan.task.task.UnitRef;

/**
 * What an import did, or would do in a dry run: the plan, the counts, every row as it will be stored, and every
 * warning, each row against the city's frame, and the targets the body states that the appendix lacks (accepted ones
 * are among the indicator rows, {@code fromBody}). Nothing is hidden: a person confirms the dry run before committing.
 */
public record ImportReport(boolean dryRun, PlanSummary plan, Counts indicators, Counts tasks,
        List<PlanUnits.UnresolvedUnit> unresolvedUnits, List<ImportWarning> warnings, List<IndicatorLine> indicatorRows,
        List<TaskPreview> taskRows, List<MappingPreview> mappings, List<BodyTarget> bodyTargets) {

    /**
     * An indicator row against the city's frame: {@code state} AUTO (applied, the platform is sure), CONFIRMED or
     * WARD_ONLY (the office decided), PROPOSED (waits for the office) or WARD_ONLY (nothing close); {@code frameCode}
     * the applied or proposed frame indicator.
     */
    public record MappingPreview(String key, String name, String state, String frameCode, String frameName,
            Double confidence, String reason) {
    }

    /** The plan header as read. */
    public record PlanSummary(String number, LocalDate issuedOn, String title, int startYear, int endYear, String signer) {
    }

    /** Rows that are new, changed and unchanged compared with what the ward has. */
    public record Counts(int total, int created, int updated, int unchanged) {
    }

    /** A task as it will be stored. */
    public record TaskPreview(String key, String field, String title, String period, UnitRef leadUnit,
            List<UnitRef> coordinatingUnits, String output, String directingLeader, String change,
            vn.wardplan.task.task.ReportingMode reporting, List<DuePreview> deliverables) {
    }

    /** A deliverable the task will owe: its period ("2026-6M", "2026") or "final", and its due date. */
    public record DuePreview(String id, java.time.LocalDate dueDate) {
    }
}
