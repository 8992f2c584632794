package vn.wardplan.task.planimport;

import java.math.BigDecimal;

/**
 * A target as the plan reader typed it from the words of Phụ lục I, in the flat form the plan.imported event carries
 * (contract: docs/events/plans.md). indicator-service judges values against it.
 *
 * @param kind GROWTH_RANGE, FLOOR, CEILING, VALUE_BY_YEAR, DECREASE_EVERY_YEAR, MAINTAIN or ACHIEVE
 * @param strict for FLOOR "Trên 97,5" (strictly above) and CEILING "Dưới 1" (strictly below)
 * @param text the wording in the plan, kept as written
 */
public record PlanTarget(String kind, BigDecimal low, BigDecimal high, BigDecimal value, Boolean strict, Integer year,
        String text) {

    static PlanTarget growth(BigDecimal low, BigDecimal high, String text) {
        return new PlanTarget("GROWTH_RANGE", low, high, null, null, null, text);
    }

    static PlanTarget floor(BigDecimal value, boolean strict, String text) {
        return new PlanTarget("FLOOR", null, null, value, strict, null, text);
    }

    static PlanTarget ceiling(BigDecimal value, boolean strict, String text) {
        return new PlanTarget("CEILING", null, null, value, strict, null, text);
    }

    static PlanTarget byYear(BigDecimal value, int year, String text) {
        return new PlanTarget("VALUE_BY_YEAR", null, null, value, null, year, text);
    }

    static PlanTarget decrease(String text) {
        return new PlanTarget("DECREASE_EVERY_YEAR", null, null, null, null, null, text);
    }

    static PlanTarget maintain(String text) {
        return new PlanTarget("MAINTAIN", null, null, null, null, null, text);
    }

    static PlanTarget achieve(int year, String text) {
        return new PlanTarget("ACHIEVE", null, null, null, null, year, text);
    }

    /** The same rule, whatever the wording ("Tối thiểu 99,5" and "99,5% trở lên"). */
    boolean sameRule(PlanTarget other) {
        return kind.equals(other.kind) && equal(low, other.low) && equal(high, other.high) && equal(value, other.value)
                && java.util.Objects.equals(strict, other.strict) && java.util.Objects.equals(year, other.year);
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
