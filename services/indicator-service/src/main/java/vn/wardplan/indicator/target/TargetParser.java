package vn.wardplan.indicator.target;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target from the two target columns of Phụ lục I ("Đến năm 2030", "Bình quân năm"). A plain number in
 * the yearly column is ambiguous in the plan itself: for a growth indicator it is a yearly growth rate
 * ("Thu ngân sách … 10"), for 100 it is "100 % every year", otherwise a value to reach by the end of the plan
 * ("… mức độ 2 … 76"). {@link Reading#assumption()} says when the parser had to decide, so the import can show it.
 */
public final class TargetParser {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern RANGE = Pattern.compile("^" + NUMBER + "\\s*[-–]\\s*" + NUMBER + "\\s*%?$");
    private static final Pattern PLAIN = Pattern.compile("^" + NUMBER + "\\s*%?$");
    private static final Pattern AT_LEAST = Pattern.compile("^(?:tối thiểu|ít nhất|từ)\\s+" + NUMBER + "\\s*%?(?:\\s*trở lên)?$");
    private static final Pattern OR_MORE = Pattern.compile("^" + NUMBER + "\\s*%?\\s*trở lên$");
    private static final Pattern ABOVE = Pattern.compile("^(?:trên|hơn)\\s+" + NUMBER + "\\s*%?$");
    private static final Pattern GROWTH_NAME = Pattern.compile("tăng|tổng giá trị sản phẩm|thu nhập|thu ngân sách|grdp");

    /** A parsed target and, when the text alone did not decide it, the assumption made (in Vietnamese). */
    public record Reading(Target target, Optional<String> assumption) {
    }

    private TargetParser() {
    }

    /**
     * @param byEndText the "Đến năm 2030" cell, possibly blank
     * @param yearlyText the "Bình quân năm" cell, possibly blank
     * @param indicatorName the indicator's name, which tells a growth rate from a level
     * @param endYear the last year of the plan
     */
    public static Optional<Reading> parse(String byEndText, String yearlyText, String indicatorName, int endYear) {
        String yearly = clean(yearlyText);
        String byEnd = clean(byEndText);
        String name = clean(indicatorName).toLowerCase(Locale.ROOT);
        if (!yearly.isEmpty()) {
            return Optional.of(readYearly(yearly, yearlyText.strip(), name, endYear));
        }
        if (!byEnd.isEmpty()) {
            return Optional.of(readByEnd(byEnd, byEndText.strip(), endYear));
        }
        return Optional.empty();
    }

    private static Reading readYearly(String text, String original, String name, int endYear) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = RANGE.matcher(lower)).matches()) {
            return sure(new Target.GrowthRange(VietnameseNumbers.parse(m.group(1)), VietnameseNumbers.parse(m.group(2)), original));
        }
        Optional<Target> common = common(lower, original, endYear);
        if (common.isPresent()) {
            return sure(common.get());
        }
        if ((m = PLAIN.matcher(lower)).matches()) {
            BigDecimal value = VietnameseNumbers.parse(m.group(1));
            if (GROWTH_NAME.matcher(name).find()) {
                return sure(new Target.GrowthRange(value, value, original));
            }
            if (value.compareTo(BigDecimal.valueOf(100)) == 0) {
                return sure(new Target.Floor(value, false, original));
            }
            return new Reading(new Target.ValueByYear(value, endYear, original),
                    Optional.of("Hiểu \"" + original + "\" là giá trị cần đạt đến năm " + endYear));
        }
        throw new IllegalArgumentException("Không đọc được chỉ tiêu \"" + original + "\"");
    }

    private static Reading readByEnd(String text, String original, int endYear) {
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<Target> common = common(lower, original, endYear);
        if (common.isPresent()) {
            return sure(common.get());
        }
        Matcher m = PLAIN.matcher(lower);
        if (m.matches()) {
            return sure(new Target.ValueByYear(VietnameseNumbers.parse(m.group(1)), endYear, original));
        }
        throw new IllegalArgumentException("Không đọc được chỉ tiêu \"" + original + "\"");
    }

    private static Optional<Target> common(String lower, String original, int endYear) {
        Matcher m;
        if ((m = AT_LEAST.matcher(lower)).matches() || (m = OR_MORE.matcher(lower)).matches()) {
            return Optional.of(new Target.Floor(VietnameseNumbers.parse(m.group(1)), false, original));
        }
        if ((m = ABOVE.matcher(lower)).matches()) {
            return Optional.of(new Target.Floor(VietnameseNumbers.parse(m.group(1)), true, original));
        }
        if (lower.startsWith("giảm")) {
            return Optional.of(new Target.DecreaseEveryYear(original));
        }
        if (lower.startsWith("duy trì")) {
            return Optional.of(new Target.Maintain(original));
        }
        if (lower.equals("đạt") || lower.startsWith("đạt ")) {
            return Optional.of(new Target.Achieve(endYear, original));
        }
        return Optional.empty();
    }

    private static Reading sure(Target target) {
        return new Reading(target, Optional.empty());
    }

    private static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
