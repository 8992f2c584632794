package vn.wardplan.reporting.indicator;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * reporting-service's read model of an indicator, built from {@code wardplan.indicators} only: its definition, the
 * value of each period with where it stands in the workflow, and the assessment of each year. The id is the
 * producer's indicator id; every change is an idempotent upsert of one field path, so replaying the topic reaches
 * the same document.
 */
@Document("indicator_views")
@CompoundIndex(name = "ward_city", def = "{'ward': 1, 'city': 1}")
public record IndicatorView(@Id String id, String ward, String city, String planNumber, String key, Integer position,
        String code, String parentKey, String group, String name, String measureUnit, String byEndText, String yearlyText,
        Target target, String directingLeader, String advisingUnitCode, String advisingUnitText, Integer startYear,
        Integer endYear, Map<String, PeriodValue> values, Map<String, Assessment> assessments, Frame frame,
        java.util.List<EarlierTarget> earlierTargets, Instant changedAt) implements WardOwned {

    /** A target that held until {@code untilYear} before the plan was adjusted, as the plan worded it. */
    public record EarlierTarget(Integer untilYear, String byEndText, String yearlyText) {
    }

    /** Where the indicator stands for a year, as indicator-service assessed it; null before any assessment. */
    public Assessment assessment(int year) {
        return assessments == null ? null : assessments.get(String.valueOf(year));
    }

    /** The year's status, NO_DATA before any assessment. */
    public String status(int year) {
        Assessment assessment = assessment(year);
        return assessment == null ? "NO_DATA" : assessment.status();
    }

    /**
     * How the report words an adjusted target: "mục tiêu điều chỉnh từ năm 2028; đến năm 2027: Trên 97,5"; null when the
     * target was never adjusted.
     */
    public String adjustment() {
        if (earlierTargets == null || earlierTargets.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder("mục tiêu điều chỉnh từ năm " + (earlierTargets.getLast().untilYear() + 1));
        for (EarlierTarget e : earlierTargets) {
            String wording = e.yearlyText() != null && !e.yearlyText().isBlank() ? e.yearlyText() : e.byEndText();
            text.append("; đến năm ").append(e.untilYear()).append(": ").append(wording == null ? "" : wording);
        }
        return text.toString();
    }

    /**
     * The city frame indicator this one counts as in the city's comparison, from task-service's mapping events
     * (docs/events/indicator-frames.md): {@code code} null while it is the ward's own or a proposal waits.
     */
    public record Frame(String code, String state, Integer version) {
    }

    /** The target as indicator-service typed it (docs/domain/targets.md). */
    public record Target(String kind, Double low, Double high, Double value, Boolean strict, Integer year, String text) {
    }

    /**
     * A period's value, its workflow state (SUBMITTED, APPROVED, RETURNED), when that changed and when it was submitted;
     * the value checks it tripped when submitted (their messages) and the unit's reason for them.
     */
    public record PeriodValue(Double value, String state, Instant at, Instant submittedAt, java.util.List<String> checks,
            String checkReason) {
    }

    /**
     * Where the indicator stands for a year, with indicator-service's reason and rates; {@code basis} is the period whose
     * value it used ("2026", or "2026-6M" while only the 6-month estimate is approved).
     */
    public record Assessment(String status, String reason, Double achievedRate, Double neededRate, Instant at, String basis,
            String reasonEn) {
    }
}
