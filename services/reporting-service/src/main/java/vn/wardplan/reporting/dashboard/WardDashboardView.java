package vn.wardplan.reporting.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Where a ward's plan stands in a year: what a leader reads at a glance (GET /api/reports/wards/{ward}/dashboard). */
public record WardDashboardView(String ward, String wardName, int year, LocalDate asOf, List<IndicatorLine> indicators,
        Map<String, Integer> indicatorsByStatus, TaskSummary tasks, List<OverdueItem> overdue, List<ExplanationItem> explanations) {

    /**
     * A request for explanation still waiting ("chờ giải trình"): for the unit's answer (OPEN; {@code late} once its day
     * has passed) or for the asker to close it (ANSWERED).
     */
    public record ExplanationItem(String id, String subjectKind, String subjectTitle, String link, String unit, String askedByName,
            java.time.Instant askedAt, LocalDate answerDue, String status, boolean late) {
    }

    /**
     * An indicator with its value, target and status for the year, and the trend since the baseline: its value in each
     * year of the plan up to this one, and the band of values its target allows every year (a floor's bound, a value
     * to reach in its year; null where the target is a rate or a direction rather than a value). {@code valuePeriod}
     * says which period the value is: the year, or its 6-month estimate ("2026-6M") until the annual value comes.
     */
    public record IndicatorLine(String id, String key, String code, String group, String name, String measureUnit,
            String target, String targetKind, Double value, String valueState, String status, String reason,
            Double achievedRate, Double neededRate, String advisingUnitCode, String advisingUnit, String directingLeader,
            List<TrendPoint> trend, Band band, String valuePeriod, String reasonEn) {
    }

    /** A year's value (null when none was entered) and where it stands in the workflow. */
    public record TrendPoint(int year, Double value, String valueState) {
    }

    /** The values a target allows; a null end is unbounded. */
    public record Band(Double low, Double high) {
    }

    /** Tasks by the status of their deliverable of the year, overall, by lead unit and by field. */
    public record TaskSummary(int total, Map<String, Integer> byStatus, List<Group> byUnit, List<Group> byField) {
    }

    /** Counts of one unit's or field's tasks by status. */
    public record Group(String code, String name, int total, Map<String, Integer> byStatus) {
    }

    /** A deliverable past its due date and not submitted. */
    public record OverdueItem(String taskId, String key, String title, String deliverableId, LocalDate dueDate,
            String leadUnitCode, String leadUnit, String directingLeader) {
    }
}
