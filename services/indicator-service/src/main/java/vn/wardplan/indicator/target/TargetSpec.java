package vn.wardplan.indicator.target;

import java.math.BigDecimal;

/**
 * A {@link Target} in a storable, flat form (a document field and the events' JSON).
 *
 * @param kind GROWTH_RANGE, FLOOR, CEILING, VALUE_BY_YEAR, DECREASE_EVERY_YEAR, MAINTAIN or ACHIEVE
 */
public record TargetSpec(String kind, BigDecimal low, BigDecimal high, BigDecimal value, Boolean strict, Integer year,
        String text) {

    public static TargetSpec of(Target target) {
        return switch (target) {
            case Target.GrowthRange g -> new TargetSpec("GROWTH_RANGE", g.low(), g.high(), null, null, null, g.text());
            case Target.Floor f -> new TargetSpec("FLOOR", null, null, f.value(), f.strict(), null, f.text());
            case Target.Ceiling c -> new TargetSpec("CEILING", null, null, c.value(), c.strict(), null, c.text());
            case Target.ValueByYear v -> new TargetSpec("VALUE_BY_YEAR", null, null, v.value(), null, v.year(), v.text());
            case Target.DecreaseEveryYear d -> new TargetSpec("DECREASE_EVERY_YEAR", null, null, null, null, null, d.text());
            case Target.Maintain m -> new TargetSpec("MAINTAIN", null, null, null, null, null, m.text());
            case Target.Achieve a -> new TargetSpec("ACHIEVE", null, null, null, null, a.year(), a.text());
        };
    }

    public Target toTarget() {
        return switch (kind) {
            case "GROWTH_RANGE" -> new Target.GrowthRange(low, high, text);
            case "FLOOR" -> new Target.Floor(value, Boolean.TRUE.equals(strict), text);
            case "CEILING" -> new Target.Ceiling(value, Boolean.TRUE.equals(strict), text);
            case "VALUE_BY_YEAR" -> new Target.ValueByYear(value, year, text);
            case "DECREASE_EVERY_YEAR" -> new Target.DecreaseEveryYear(text);
            case "MAINTAIN" -> new Target.Maintain(text);
            case "ACHIEVE" -> new Target.Achieve(year, text);
            default -> throw new IllegalStateException("Unknown target kind " + kind);
        };
    }

    /**
     * A rule typed by a person, checked: a known kind with the numbers that kind needs ({@code low ≤ high} for a
     * range, a year inside the plan for a value to reach). Refused as 400 problem details otherwise.
     */
    public static TargetSpec checked(TargetSpec typed, int endYear, String text) {
        String kind = typed.kind() == null ? "" : typed.kind().strip().toUpperCase(java.util.Locale.ROOT);
        boolean ok = switch (kind) {
            case "GROWTH_RANGE" -> typed.low() != null && typed.high() != null && typed.low().compareTo(typed.high()) <= 0;
            case "FLOOR", "CEILING" -> typed.value() != null;
            case "VALUE_BY_YEAR" -> typed.value() != null && typed.year() != null && typed.year() <= endYear;
            case "DECREASE_EVERY_YEAR", "MAINTAIN" -> true;
            case "ACHIEVE" -> typed.year() == null || typed.year() <= endYear;
            default -> false;
        };
        if (!ok) {
            throw vn.wardplan.platform.web.problem.WardplanProblem.badRequest("target.invalid", kind.isEmpty() ? "?" : kind);
        }
        return switch (kind) {
            case "GROWTH_RANGE" -> new TargetSpec(kind, typed.low(), typed.high(), null, null, null, text);
            case "FLOOR", "CEILING" -> new TargetSpec(kind, null, null, typed.value(), Boolean.TRUE.equals(typed.strict()), null, text);
            case "VALUE_BY_YEAR" -> new TargetSpec(kind, null, null, typed.value(), null, typed.year(), text);
            case "ACHIEVE" -> new TargetSpec(kind, null, null, null, null, typed.year() == null ? endYear : typed.year(), text);
            default -> new TargetSpec(kind, null, null, null, null, null, text);
        };
    }
}
