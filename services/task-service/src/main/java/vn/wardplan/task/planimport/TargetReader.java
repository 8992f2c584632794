package vn.wardplan.task.planimport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types a target from the two target cells of Phụ lục I ("Đến năm 2030", "Bình quân năm") in the usual wordings of
 * the administration: floors ("Tối thiểu", "Không dưới", "Không thấp hơn", "Ít nhất", "Từ … trở lên", "… trở lên",
 * "Trên"), ceilings ("Dưới", "Không quá", "Tối đa"), growth ("14 - 15", "tăng 7", a single rate for a growth
 * indicator), direction ("Giảm hàng năm"), state and title ("Duy trì", "Giữ vững", "Đạt"), and a value to reach
 * ("76", "Không còn"). A row that states both a 2030 value and a different yearly rule keeps both. A plain number is
 * ambiguous in the plans themselves, so the reading says what it assumed; what it cannot read it names, never guesses.
 * Pure Java.
 */
public final class TargetReader {

    /** The rule of the row, a second rule for the end year where the row states one, what was assumed, what was not read. */
    public record Reading(PlanTarget target, PlanTarget endTarget, String note, List<String> unread) {
    }

    private record Cell(PlanTarget target, String assumption) {
    }

    private static final String N = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,6})?|\\d{1,9}(?:[.,]\\d{1,6})?)";
    private static final Pattern RANGE = Pattern.compile("^(?:tang |tang binh quan |binh quan |tu )?" + N + " ?(?:-|–|den) ?" + N + "$");
    private static final Pattern GROWTH = Pattern.compile("^(?:tang|tang binh quan|tang truong|tang truong binh quan)(?: tu)? " + N
            + "(?: tro len)?$");
    private static final Pattern AT_LEAST = Pattern.compile("^(?:dat )?(?:toi thieu|it nhat|khong duoi|khong thap hon|khong it hon|"
            + "tu|bang hoac cao hon) " + N + "(?: tro len)?$");
    private static final Pattern OR_MORE = Pattern.compile("^(?:dat )?" + N + " tro len$");
    private static final Pattern ABOVE = Pattern.compile("^(?:dat )?(?:tren|hon|cao hon|vuot) " + N + "$");
    private static final Pattern BELOW = Pattern.compile("^(?:giam )?(?:xuong |con )?(?:duoi|thap hon|it hon) " + N + "$");
    private static final Pattern AT_MOST = Pattern.compile("^(?:giam )?(?:xuong |con )?(?:khong qua|toi da|khong vuot qua|"
            + "khong cao hon) " + N + "$");
    private static final Pattern OR_LESS = Pattern.compile("^" + N + " tro xuong$");
    private static final Pattern NONE_LEFT = Pattern.compile("^(?:phan dau )?khong con(?: .{0,80})?$");
    private static final Pattern DECREASE = Pattern.compile("^giam(?: dan)?(?: hang nam| moi nam| qua cac nam| so voi nam truoc)?$");
    private static final Pattern DECREASE_BY = Pattern.compile("^giam(?: binh quan)? " + N + "(?: hang nam| moi nam)?$");
    private static final Pattern MAINTAIN = Pattern.compile("^(?:duy tri|giu vung|tiep tuc duy tri|on dinh)(?: (.{0,80}))?$");
    private static final Pattern ACHIEVE = Pattern.compile("^(?:dat|hoan thanh|dat chuan|dat danh hieu)$");
    private static final Pattern REACH = Pattern.compile("^(?:dat|hoan thanh) " + N + "$");
    private static final Pattern PLAIN = Pattern.compile("^" + N + "$");
    private static final Pattern NUMBER_ONLY = Pattern.compile(N);
    private static final Pattern GROWTH_NAME = Pattern.compile("tang|tong gia tri san pham|thu nhap|thu ngan sach|grdp|toc do");

    private TargetReader() {
    }

    /**
     * @param byEndText the "Đến năm 2030" cell, possibly blank
     * @param yearlyText the "Bình quân năm" cell, possibly blank
     * @param indicatorName the indicator's name, which tells a growth rate from a level
     * @param endYear the last year of the plan
     */
    public static Reading read(String byEndText, String yearlyText, String indicatorName, int endYear) {
        String yearly = clean(yearlyText);
        String byEnd = clean(byEndText);
        boolean growthName = GROWTH_NAME.matcher(Folded.of(indicatorName)).find();
        List<String> unread = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<Cell> everyYear = yearly.isEmpty() ? Optional.empty() : cell(yearly, growthName, endYear, true);
        Optional<Cell> atEnd = byEnd.isEmpty() ? Optional.empty() : cell(byEnd, growthName, endYear, false);
        if (!yearly.isEmpty() && everyYear.isEmpty()) {
            unread.add("\"" + yearly + "\" (bình quân / hằng năm)");
        }
        if (!byEnd.isEmpty() && atEnd.isEmpty()) {
            unread.add("\"" + byEnd + "\" (đến năm " + endYear + ")");
        }
        PlanTarget target = everyYear.or(() -> atEnd).map(Cell::target).orElse(null);
        PlanTarget endTarget = everyYear.isPresent() && atEnd.isPresent() && !implied(atEnd.get().target(), everyYear.get().target())
                ? atEnd.get().target() : null;
        everyYear.map(Cell::assumption).ifPresent(a -> { if (a != null) notes.add(a); });
        if (endTarget != null || everyYear.isEmpty()) {
            atEnd.map(Cell::assumption).ifPresent(a -> { if (a != null) notes.add(a); });
        }
        if (endTarget != null) {
            notes.add("Văn bản ghi cả mức hằng năm (\"" + yearly + "\") và mức đến năm " + endYear + " (\"" + byEnd
                    + "\"): giữ cả hai, năm " + endYear + " xét cả hai mức.");
        }
        if (!unread.isEmpty()) {
            notes.add("Không đọc được mức chỉ tiêu " + String.join(", ", unread) + "; văn phòng nhập kiểu chỉ tiêu bằng tay.");
        }
        if (yearly.isEmpty() && byEnd.isEmpty()) {
            notes.add("Văn bản không ghi mức chỉ tiêu.");
        }
        return new Reading(target, endTarget, notes.isEmpty() ? null : String.join(" ", notes), List.copyOf(unread));
    }

    /** The end-year value adds nothing when the yearly rule already demands it ("100" by 2030 under "100" each year). */
    private static boolean implied(PlanTarget atEnd, PlanTarget everyYear) {
        if (atEnd.sameRule(everyYear)) {
            return true;
        }
        boolean sameLevel = atEnd.kind().equals("VALUE_BY_YEAR") && everyYear.value() != null;
        return switch (everyYear.kind()) {
            case "FLOOR" -> sameLevel && atEnd.value().compareTo(everyYear.value()) <= 0
                    || atEnd.kind().equals("FLOOR") && atEnd.value().compareTo(everyYear.value()) <= 0;
            case "CEILING" -> sameLevel && atEnd.value().compareTo(everyYear.value()) >= 0;
            case "MAINTAIN" -> atEnd.kind().equals("ACHIEVE") || atEnd.kind().equals("MAINTAIN");
            default -> false;
        };
    }

    private static Optional<Cell> cell(String original, boolean growthName, int endYear, boolean yearly) {
        String text = Folded.of(original).replace("%", " ").replaceAll("/ ?nam", " ").replaceAll("\\s+", " ").strip();
        Matcher m;
        if ((m = RANGE.matcher(text)).matches()) {
            BigDecimal low = number(m.group(1));
            BigDecimal high = number(m.group(2));
            return yearly || growthName ? sure(PlanTarget.growth(low, high, original))
                    : Optional.of(new Cell(PlanTarget.byYear(low, endYear, original), "Hiểu \"" + original + "\" là cần đạt tối thiểu "
                            + original.split("[-–]")[0].strip() + " vào năm " + endYear + "."));
        }
        if ((m = GROWTH.matcher(text)).matches()) {
            BigDecimal rate = number(m.group(1));
            return sure(PlanTarget.growth(rate, rate, original));
        }
        if ((m = AT_LEAST.matcher(text)).matches() || (m = OR_MORE.matcher(text)).matches()) {
            return sure(PlanTarget.floor(number(m.group(1)), false, original));
        }
        if ((m = ABOVE.matcher(text)).matches()) {
            return sure(PlanTarget.floor(number(m.group(1)), true, original));
        }
        if ((m = BELOW.matcher(text)).matches()) {
            return sure(PlanTarget.ceiling(number(m.group(1)), true, original));
        }
        if ((m = AT_MOST.matcher(text)).matches() || (m = OR_LESS.matcher(text)).matches()) {
            return sure(PlanTarget.ceiling(number(m.group(1)), false, original));
        }
        if (NONE_LEFT.matcher(text).matches()) {
            return yearly ? sure(PlanTarget.ceiling(BigDecimal.ZERO, false, original))
                    : sure(PlanTarget.byYear(BigDecimal.ZERO, endYear, original));
        }
        if (DECREASE.matcher(text).matches()) {
            return sure(PlanTarget.decrease(original));
        }
        if ((m = DECREASE_BY.matcher(text)).matches()) {
            return Optional.of(new Cell(PlanTarget.decrease(original), "Xét \"" + original
                    + "\" là giảm so với năm trước; mức giảm " + m.group(1) + " không được tính riêng."));
        }
        if ((m = MAINTAIN.matcher(text)).matches()) {
            Matcher level = m.group(1) == null ? null : NUMBER_ONLY.matcher(m.group(1));
            if (level != null && level.matches()) {
                return sure(PlanTarget.floor(number(level.group(1)), false, original));
            }
            return sure(PlanTarget.maintain(original));
        }
        if (ACHIEVE.matcher(text).matches()) {
            return sure(PlanTarget.achieve(endYear, original));
        }
        if ((m = REACH.matcher(text)).matches()) {
            BigDecimal value = number(m.group(1));
            return sure(yearly ? PlanTarget.floor(value, false, original) : PlanTarget.byYear(value, endYear, original));
        }
        if ((m = PLAIN.matcher(text)).matches()) {
            BigDecimal value = number(m.group(1));
            if (!yearly) {
                return sure(PlanTarget.byYear(value, endYear, original));
            }
            if (growthName) {
                return sure(PlanTarget.growth(value, value, original));
            }
            if (value.compareTo(BigDecimal.valueOf(100)) == 0) {
                return sure(PlanTarget.floor(value, false, original));
            }
            return Optional.of(new Cell(PlanTarget.byYear(value, endYear, original),
                    "Hiểu \"" + original + "\" là giá trị cần đạt đến năm " + endYear + "."));
        }
        return Optional.empty();
    }

    private static Optional<Cell> sure(PlanTarget target) {
        return Optional.of(new Cell(target, null));
    }

    /** Numbers as Vietnamese documents write them: "99,5" → 99.5; "1.234,5" → 1234.5; "12.500" → 12500; "14" → 14. */
    static BigDecimal number(String text) {
        String digits = text.strip().replace("\u00a0", "").replace(" ", "");
        if (digits.contains(",")) {
            digits = digits.replace(".", "").replace(',', '.');
        } else if (digits.matches("\\d{1,3}(\\.\\d{3})+")) {
            digits = digits.replace(".", "");
        }
        return new BigDecimal(digits);
    }

    private static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
