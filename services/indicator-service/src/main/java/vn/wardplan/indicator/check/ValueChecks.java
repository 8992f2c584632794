package vn.wardplan.indicator.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.wardplan.indicator.target.TargetSpec;
import vn.wardplan.indicator.target.VietnameseNumbers;

/**
 * The checks a value passes before approval, pure: which apply to an indicator (from its measure unit and target
 * kind), and which a value trips against what is known of the indicator's earlier values. A tripped check does not
 * refuse the value: the unit gives its reason to submit it, and the office sees both when it approves. Each check trips
 * strictly beyond its boundary: 100 % is a percentage, 100,01 % is not; a jump of exactly 30 % is not beyond 30 %.
 */
public final class ValueChecks {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal DEFAULT_JUMP = new BigDecimal("0.30");
    static final BigDecimal DEFAULT_ESTIMATE_GAP = new BigDecimal("0.20");
    /** Targets whose values are growth rates (%/year), which may be negative or above 100. */
    private static final Set<String> GROWTH = Set.of("GROWTH_RANGE");

    /** A tripped check, with what it saw in words an official reads (Vietnamese and English). */
    public record Tripped(CheckKind kind, String message, String messageEn) {
    }

    /** What the checks know of an indicator: its unit, its target, its end target, and the plan's first year. */
    public record Subject(String measureUnit, TargetSpec target, TargetSpec endTarget, int startYear) {
    }

    /**
     * What is known around the value: the same period's approved value of the year before, and for an annual value the
     * year's approved 6-month estimate; null where there is none.
     */
    public record Around(BigDecimal yearBefore, BigDecimal sixMonthEstimate) {
    }

    private ValueChecks() {
    }

    /** The checks that apply to the indicator, on by default, with their default thresholds. */
    public static Map<CheckKind, CheckSettings.Setting> defaults(Subject s) {
        Map<CheckKind, CheckSettings.Setting> defaults = new EnumMap<>(CheckKind.class);
        String kind = s.target() == null ? null : s.target().kind();
        boolean percent = isPercent(s.measureUnit());
        if (percent && !GROWTH.contains(kind)) {
            defaults.put(CheckKind.PERCENT_RANGE, new CheckSettings.Setting(true, null));
        }
        if (!percent && s.measureUnit() != null && !s.measureUnit().isBlank()) {
            defaults.put(CheckKind.NEGATIVE_COUNT, new CheckSettings.Setting(true, null));
        }
        if (direction(s) != 0) {
            // On where the target is a path (falling every year, a value to reach); off for a level to hold, which may dip.
            defaults.put(CheckKind.AGAINST_DIRECTION, new CheckSettings.Setting("DECREASE_EVERY_YEAR".equals(kind) || "VALUE_BY_YEAR".equals(kind), null));
        }
        defaults.put(CheckKind.JUMP, new CheckSettings.Setting(true, DEFAULT_JUMP));
        defaults.put(CheckKind.ESTIMATE_GAP, new CheckSettings.Setting(true, DEFAULT_ESTIMATE_GAP));
        if (endValue(s) != null) {
            defaults.put(CheckKind.BEYOND_END_TARGET, new CheckSettings.Setting(true, null));
        }
        return defaults;
    }

    /** The checks the value trips, under the settings in force; the annual value is the one with {@code annual}. */
    public static List<Tripped> run(Subject s, Map<CheckKind, CheckSettings.Setting> settings, int year, boolean annual,
            BigDecimal value, Around around) {
        List<Tripped> tripped = new ArrayList<>();
        if (on(settings, CheckKind.PERCENT_RANGE) && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            tripped.add(new Tripped(CheckKind.PERCENT_RANGE, "Tỷ lệ " + show(value) + " % nằm ngoài khoảng 0–100 %.",
                    "A share of " + value.toPlainString() + " % is outside 0–100 %."));
        }
        if (on(settings, CheckKind.NEGATIVE_COUNT) && value.signum() < 0) {
            tripped.add(new Tripped(CheckKind.NEGATIVE_COUNT, "Số lượng không thể âm (" + show(value) + ").",
                    "A count cannot be negative (" + value.toPlainString() + ")."));
        }
        BigDecimal before = around.yearBefore();
        int direction = direction(s);
        if (on(settings, CheckKind.AGAINST_DIRECTION) && before != null && direction != 0
                && value.compareTo(before) * direction < 0) {
            tripped.add(new Tripped(CheckKind.AGAINST_DIRECTION, (direction < 0 ? "Chỉ tiêu cần giảm nhưng tăng" : "Chỉ tiêu cần tăng nhưng giảm")
                    + " so với năm trước (" + show(before) + " → " + show(value) + ").", (direction < 0 ? "Meant to fall, it rose" : "Meant to rise, it fell")
                    + " on the year before (" + before.toPlainString() + " → " + value.toPlainString() + ")."));
        }
        BigDecimal jump = threshold(settings, CheckKind.JUMP);
        if (jump != null && before != null && before.signum() != 0 && share(value.subtract(before), before).compareTo(jump) > 0) {
            tripped.add(new Tripped(CheckKind.JUMP, "Thay đổi " + percent(share(value.subtract(before), before)) + " so với cùng kỳ năm trước ("
                    + show(before) + " → " + show(value) + "), vượt ngưỡng " + percent(jump) + ".", "Changed by "
                    + percent(share(value.subtract(before), before)) + " on the same period of the year before, beyond " + percent(jump) + "."));
        }
        BigDecimal gap = threshold(settings, CheckKind.ESTIMATE_GAP);
        BigDecimal estimate = around.sixMonthEstimate();
        if (annual && gap != null && estimate != null && estimate.signum() != 0 && share(value.subtract(estimate), estimate).compareTo(gap) > 0) {
            tripped.add(new Tripped(CheckKind.ESTIMATE_GAP, "Khác ước thực hiện 6 tháng " + percent(share(value.subtract(estimate), estimate))
                    + " (" + show(estimate) + " → " + show(value) + "), vượt ngưỡng " + percent(gap) + ".", "Differs from the 6-month estimate by "
                    + percent(share(value.subtract(estimate), estimate)) + ", beyond " + percent(gap) + "."));
        }
        BigDecimal end = endValue(s);
        if (on(settings, CheckKind.BEYOND_END_TARGET) && end != null && year == s.startYear() && direction != 0
                && value.compareTo(end) * direction > 0) {
            tripped.add(new Tripped(CheckKind.BEYOND_END_TARGET, "Năm đầu kế hoạch đã vượt mục tiêu đến năm cuối kỳ (" + show(value) + " so với "
                    + show(end) + ").", "The plan's first year is already beyond the end-of-plan target (" + value.toPlainString() + " against "
                    + end.toPlainString() + ")."));
        }
        return tripped;
    }

    /** +1 where more is better, −1 where less is, 0 where the target says neither (a range of growth, a standard). */
    static int direction(Subject s) {
        String kind = s.target() == null ? null : s.target().kind();
        if (kind == null) {
            return 0;
        }
        return switch (kind) {
            case "DECREASE_EVERY_YEAR", "CEILING" -> -1;
            case "FLOOR", "VALUE_BY_YEAR" -> 1;
            default -> 0;
        };
    }

    /** The value the plan sets for its last year, where it sets one. */
    private static BigDecimal endValue(Subject s) {
        for (TargetSpec t : new TargetSpec[] {s.endTarget(), s.target()}) {
            if (t != null && "VALUE_BY_YEAR".equals(t.kind()) && t.value() != null) {
                return t.value();
            }
        }
        return null;
    }

    private static boolean isPercent(String unit) {
        return unit != null && unit.strip().startsWith("%");
    }

    private static boolean on(Map<CheckKind, CheckSettings.Setting> settings, CheckKind kind) {
        CheckSettings.Setting s = settings.get(kind);
        return s != null && s.enabled();
    }

    private static BigDecimal threshold(Map<CheckKind, CheckSettings.Setting> settings, CheckKind kind) {
        CheckSettings.Setting s = settings.get(kind);
        return s != null && s.enabled() ? s.threshold() : null;
    }

    private static BigDecimal share(BigDecimal difference, BigDecimal of) {
        return difference.abs().divide(of.abs(), 6, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal share) {
        return VietnameseNumbers.format(share.multiply(HUNDRED).doubleValue()) + " %";
    }

    /** 99,5 and 1.234,5: a value as entered, written the Vietnamese way. */
    private static String show(BigDecimal value) {
        return VietnameseNumbers.formatValue(value.doubleValue());
    }
}
