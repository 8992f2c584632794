package vn.wardplan.indicator.target;

import java.math.BigDecimal;

/**
 * A {@link Target} in a storable, flat form (a document field and the events' JSON).
 *
 * @param kind GROWTH_RANGE, FLOOR, VALUE_BY_YEAR, DECREASE_EVERY_YEAR, MAINTAIN or ACHIEVE
 */
public record TargetSpec(String kind, BigDecimal low, BigDecimal high, BigDecimal value, Boolean strict, Integer year,
        String text) {

    public static TargetSpec of(Target target) {
        return switch (target) {
            case Target.GrowthRange g -> new TargetSpec("GROWTH_RANGE", g.low(), g.high(), null, null, null, g.text());
            case Target.Floor f -> new TargetSpec("FLOOR", null, null, f.value(), f.strict(), null, f.text());
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
            case "VALUE_BY_YEAR" -> new Target.ValueByYear(value, year, text);
            case "DECREASE_EVERY_YEAR" -> new Target.DecreaseEveryYear(text);
            case "MAINTAIN" -> new Target.Maintain(text);
            case "ACHIEVE" -> new Target.Achieve(year, text);
            default -> throw new IllegalStateException("Unknown target kind " + kind);
        };
    }
}
