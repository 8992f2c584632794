package vn.wardplan.indicator.target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.NavigableMap;

/**
 * Judges an indicator's values against its {@link Target} for one year of the plan. Values are the indicator's
 * own measure per year (a level for growth targets, e.g. GRDP; a rate for floors, e.g. 99,6 %; 1 or 0 for
 * "Duy trì" and "Đạt").
 */
public final class Assessor {

    /** How far behind its trajectory a "by year" target may be, as a share of the whole way, to be AT_RISK. */
    static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.10");

    private Assessor() {
    }

    public static Assessment assess(Target target, Baseline baseline, NavigableMap<Integer, BigDecimal> values,
            int endYear, int year) {
        BigDecimal value = values.get(year);
        if (value == null) {
            return Assessment.of(AssessmentStatus.NO_DATA, "Chưa có số liệu năm " + year + ".", "No value for " + year + " yet.");
        }
        return switch (target) {
            case Target.GrowthRange growth -> growth(growth, baseline, value, endYear, year);
            case Target.Floor floor -> floor(floor, value);
            case Target.Ceiling ceiling -> ceiling(ceiling, value);
            case Target.ValueByYear byYear -> byYear(byYear, baseline, value, year);
            case Target.DecreaseEveryYear ignored -> decrease(baseline, values, value, year);
            case Target.Maintain ignored -> value.signum() > 0
                    ? Assessment.of(AssessmentStatus.ACHIEVED, "Duy trì được trong năm " + year + ".", "Maintained in " + year + ".")
                    : Assessment.of(AssessmentStatus.OFF_TRACK, "Không duy trì được trong năm " + year + ".", "Not maintained in " + year + ".");
            case Target.Achieve achieve -> achieve(achieve, value, year);
        };
    }

    private static Assessment growth(Target.GrowthRange target, Baseline baseline, BigDecimal value, int endYear, int year) {
        if (baseline == null || baseline.value().signum() <= 0) {
            return Assessment.of(AssessmentStatus.NO_DATA, "Cần giá trị năm gốc để tính tốc độ tăng bình quân.",
                    "The baseline value is needed to compute the average growth.");
        }
        int yearsDone = year - baseline.year();
        int yearsLeft = endYear - year;
        double low = target.low().doubleValue() / 100;
        double high = target.high().doubleValue() / 100;
        double ratio = value.doubleValue() / baseline.value().doubleValue();
        double achieved = Math.pow(ratio, 1.0 / yearsDone) - 1;
        String band = target.low().compareTo(target.high()) == 0 ? pct(low) : pct(low) + " - " + pct(high);
        String done = "Tăng bình quân " + pct(achieved) + " %/năm giai đoạn " + baseline.year() + " - " + year
                + " (mục tiêu " + band + " %/năm)";
        String bandEn = target.low().compareTo(target.high()) == 0 ? pctEn(low) : pctEn(low) + "–" + pctEn(high);
        String doneEn = "Average growth of " + pctEn(achieved) + " %/year over " + baseline.year() + "–" + year
                + " (target " + bandEn + " %/year)";
        if (yearsLeft <= 0) {
            AssessmentStatus status = achieved >= low - 1e-9 ? AssessmentStatus.ACHIEVED : AssessmentStatus.OFF_TRACK;
            return new Assessment(status, done + ".", round(achieved), null, null, doneEn + ".");
        }
        double needed = Math.pow(Math.pow(1 + low, endYear - baseline.year()) / ratio, 1.0 / yearsLeft) - 1;
        AssessmentStatus status = achieved >= low - 1e-9 ? AssessmentStatus.ON_TRACK
                : needed <= high + 1e-9 ? AssessmentStatus.AT_RISK : AssessmentStatus.OFF_TRACK;
        String reason = done + "; cần đạt " + pct(needed) + " %/năm trong các năm còn lại để đạt mức " + pct(low) + " %.";
        String reasonEn = doneEn + "; the remaining years need " + pctEn(needed) + " %/year to reach " + pctEn(low) + " %.";
        return new Assessment(status, reason, round(achieved), round(needed), null, reasonEn);
    }

    private static Assessment floor(Target.Floor target, BigDecimal value) {
        int comparison = value.compareTo(target.value());
        boolean met = target.strict() ? comparison > 0 : comparison >= 0;
        String rule = (target.strict() ? "trên " : "tối thiểu ") + VietnameseNumbers.format(target.value().doubleValue());
        String ruleEn = (target.strict() ? "above " : "at least ") + en(target.value());
        // "Đạt" only when it did: a value under its floor says "Chưa đạt", never "Đạt 96,5 (yêu cầu trên 97,5)".
        return Assessment.of(met ? AssessmentStatus.ACHIEVED : AssessmentStatus.OFF_TRACK,
                (met ? "Đạt " : "Chưa đạt: ") + VietnameseNumbers.formatValue(value.doubleValue()) + " (yêu cầu " + rule + ").",
                (met ? "Met: " : "Not met: ") + enValue(value) + " (required " + ruleEn + ").");
    }

    private static Assessment ceiling(Target.Ceiling target, BigDecimal value) {
        int comparison = value.compareTo(target.value());
        boolean met = target.strict() ? comparison < 0 : comparison <= 0;
        String rule = (target.strict() ? "dưới " : "tối đa ") + VietnameseNumbers.format(target.value().doubleValue());
        String ruleEn = (target.strict() ? "below " : "at most ") + en(target.value());
        return Assessment.of(met ? AssessmentStatus.ACHIEVED : AssessmentStatus.OFF_TRACK,
                (met ? "Đạt " : "Chưa đạt: ") + VietnameseNumbers.formatValue(value.doubleValue()) + " (yêu cầu " + rule + ").",
                (met ? "Met: " : "Not met: ") + enValue(value) + " (required " + ruleEn + ").");
    }

    /**
     * A row with a yearly rule and a different value by the end year ("Giảm hàng năm" and "0" by 2030) is judged
     * against both: the worse status of those that can be judged, both reasons told.
     */
    public static Assessment assessBoth(Target yearly, Target atEnd, Baseline baseline, NavigableMap<Integer, BigDecimal> values,
            int endYear, int year) {
        Assessment first = assess(yearly, baseline, values, endYear, year);
        if (atEnd == null || values.get(year) == null) {
            return first;
        }
        Assessment second = assess(atEnd, baseline, values, endYear, year);
        Assessment worse = first.status() == AssessmentStatus.NO_DATA ? second
                : second.status() == AssessmentStatus.NO_DATA ? first
                : severity(second.status()) > severity(first.status()) ? second : first;
        if (first.status() == AssessmentStatus.NO_DATA && second.status() == AssessmentStatus.NO_DATA) {
            worse = first;
        }
        String reason = first.reason() + " Mức đến năm " + endYear + ": " + second.reason();
        String reasonEn = first.reasonEn() + " By " + endYear + ": " + second.reasonEn();
        return new Assessment(worse.status(), reason, worse.achievedRate(), worse.neededRate(), worse.trajectoryValue(), reasonEn);
    }

    private static int severity(AssessmentStatus status) {
        return switch (status) {
            case OFF_TRACK -> 4;
            case AT_RISK -> 3;
            case ON_TRACK -> 2;
            case ACHIEVED -> 1;
            case NO_DATA -> 0;
        };
    }

    private static Assessment byYear(Target.ValueByYear target, Baseline baseline, BigDecimal value, int year) {
        // Without a baseline the direction is unknown, but nothing rises to zero ("Không còn", "0" by 2030).
        boolean rising = baseline == null ? target.value().signum() > 0 : target.value().compareTo(baseline.value()) >= 0;
        boolean reached = rising ? value.compareTo(target.value()) >= 0 : value.compareTo(target.value()) <= 0;
        String goal = VietnameseNumbers.format(target.value().doubleValue()) + " vào năm " + target.year();
        String goalEn = en(target.value()) + " by " + target.year();
        if (year >= target.year()) {
            return Assessment.of(reached ? AssessmentStatus.ACHIEVED : AssessmentStatus.OFF_TRACK,
                    (reached ? "Đạt " : "Chưa đạt: ") + VietnameseNumbers.formatValue(value.doubleValue()) + " (mục tiêu " + goal + ").",
                    (reached ? "Met: " : "Not met: ") + enValue(value) + " (target " + goalEn + ").");
        }
        if (baseline == null) {
            return reached ? Assessment.of(AssessmentStatus.ON_TRACK, "Đã đạt mức mục tiêu " + goal + ".", "Already at the target " + goalEn + ".")
                    : Assessment.of(AssessmentStatus.NO_DATA, "Cần giá trị năm gốc để tính lộ trình đến " + goal + ".",
                            "The baseline value is needed to plot the way to " + goalEn + ".");
        }
        BigDecimal way = target.value().subtract(baseline.value());
        BigDecimal share = BigDecimal.valueOf(year - baseline.year())
                .divide(BigDecimal.valueOf(target.year() - baseline.year()), MathContext.DECIMAL64);
        BigDecimal trajectory = baseline.value().add(way.multiply(share, MathContext.DECIMAL64));
        BigDecimal behind = rising ? trajectory.subtract(value) : value.subtract(trajectory);
        AssessmentStatus status = behind.signum() <= 0 ? AssessmentStatus.ON_TRACK
                : behind.compareTo(way.abs().multiply(AT_RISK_SHARE)) <= 0 ? AssessmentStatus.AT_RISK : AssessmentStatus.OFF_TRACK;
        String reason = "Thực hiện " + VietnameseNumbers.format(value.doubleValue()) + "; lộ trình năm " + year + " là "
                + VietnameseNumbers.format(trajectory.doubleValue()) + " để đạt " + goal + ".";
        String reasonEn = "Actual " + en(value) + "; the way in " + year + " is at " + en(trajectory) + " to reach " + goalEn + ".";
        return new Assessment(status, reason, null, null, trajectory, reasonEn);
    }

    private static Assessment decrease(Baseline baseline, NavigableMap<Integer, BigDecimal> values, BigDecimal value, int year) {
        BigDecimal previous = values.get(year - 1);
        if (previous == null && baseline != null && baseline.year() == year - 1) {
            previous = baseline.value();
        }
        if (previous == null) {
            return Assessment.of(AssessmentStatus.NO_DATA, "Chưa có số liệu năm " + (year - 1) + " để so sánh.",
                    "No value for " + (year - 1) + " to compare with.");
        }
        String change = VietnameseNumbers.format(previous.doubleValue()) + " → " + VietnameseNumbers.format(value.doubleValue());
        String changeEn = en(previous) + " → " + en(value);
        return value.compareTo(previous) < 0
                ? Assessment.of(AssessmentStatus.ACHIEVED, "Giảm so với năm trước (" + change + ").", "Down on the year before (" + changeEn + ").")
                : Assessment.of(AssessmentStatus.OFF_TRACK, "Không giảm so với năm trước (" + change + ").",
                        "Not down on the year before (" + changeEn + ").");
    }

    private static Assessment achieve(Target.Achieve target, BigDecimal value, int year) {
        if (value.signum() > 0) {
            return Assessment.of(AssessmentStatus.ACHIEVED, "Đã đạt.", "Achieved.");
        }
        return year < target.year()
                ? Assessment.of(AssessmentStatus.ON_TRACK, "Chưa đạt; hạn đến năm " + target.year() + ".", "Not yet; due by " + target.year() + ".")
                : Assessment.of(AssessmentStatus.OFF_TRACK, "Không đạt trong năm " + target.year() + ".", "Not achieved in " + target.year() + ".");
    }

    private static String pct(double fraction) {
        return VietnameseNumbers.format(fraction * 100);
    }

    private static String pctEn(double fraction) {
        return VietnameseNumbers.english(fraction * 100, 1);
    }

    private static String en(BigDecimal value) {
        return VietnameseNumbers.english(value.doubleValue(), 1);
    }

    private static String enValue(BigDecimal value) {
        return VietnameseNumbers.english(value.doubleValue(), 2);
    }

    private static double round(double fraction) {
        return Math.round(fraction * 1000) / 10.0;
    }
}
