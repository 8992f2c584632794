package vn.wardplan.task.planimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the targets a plan states in its body but not in Phụ lục I ("phấn đấu đến năm 2030 tỷ lệ người dân luyện tập
 * thể dục thể thao thường xuyên đạt trên 45%", "100% cán bộ, công chức được bồi dưỡng kỹ năng số vào cuối năm 2026"),
 * for the office to accept or drop in the dry run. Two shapes are read: a measure ("tỷ lệ …", "mức độ …", "chỉ số …")
 * followed by its percentage, and a percentage followed by whom it counts. A clause that speaks of an appendix
 * indicator (most of its words are that indicator's) is left to the appendix.
 */
final class BodyTargets {

    private static final String NUMBER = "(\\d{1,3}(?:[.,]\\d{1,2})?)";
    private static final String COMPARATOR = "(trên|từ|tối thiểu|không dưới|không thấp hơn|ít nhất|dưới|không quá|tối đa)?";
    private static final Pattern MEASURE_FIRST = Pattern.compile("(?iu)\\b((?:tỷ|tỉ) lệ|mức độ|chỉ số)\\s+([^;:%]{3,160}?)\\s+(?:(?:đạt|đạt được|ở mức|là|được duy trì ở mức|phải đạt|còn|giảm còn|giảm xuống còn|giảm xuống)\\s+)?"
            + COMPARATOR + "\\s*" + NUMBER + "(?:\\s*[-–]\\s*" + NUMBER + ")?\\s*%(\\s*trở lên)?");
    private static final Pattern PERCENT_FIRST = Pattern.compile("(?iu)(?:bảo đảm|đảm bảo|phấn đấu|có|đạt)\\s+" + NUMBER
            + "\\s*%\\s+((?:số\\s+)?[\\p{L}][^;:%]{3,160}?)(?=\\s+(?:vào|trong|đến|trước)\\s+(?:cuối\\s+)?năm\\s+\\d{4}|[;.]|$)");
    private static final Pattern YEAR = Pattern.compile("(?iu)(?:đến|vào|trong|trước)\\s+(?:cuối\\s+)?năm\\s+(\\d{4})");

    private BodyTargets() {
    }

    static List<BodyTarget> find(String[] lines, int bodyEnd, List<ParsedPlan.IndicatorRow> appendix, int endYear) {
        List<Set<String>> appendixWords = appendix.stream().map(r -> words(r.name())).toList();
        Map<String, BodyTarget> found = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(bodyEnd, lines.length); i++) {
            for (String clause : lines[i].split("[;](?!\\d)|\\.(?!\\d)")) {
                Integer year = year(clause);
                Matcher measure = MEASURE_FIRST.matcher(clause);
                while (measure.find()) {
                    String subject = (measure.group(1) + " " + measure.group(2)).strip();
                    String comparator = measure.group(3);
                    String text = target(comparator, measure.group(4), measure.group(5), measure.group(6));
                    add(found, appendixWords, i + 1, subject, text, year, endYear, clause);
                }
                Matcher percent = PERCENT_FIRST.matcher(clause);
                while (percent.find()) {
                    String who = percent.group(2).strip();
                    add(found, appendixWords, i + 1, "Tỷ lệ " + who, percent.group(1), year, endYear, clause);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static void add(Map<String, BodyTarget> found, List<Set<String>> appendixWords, int line, String subject, String text,
            Integer year, int endYear, String clause) {
        String name = Character.toUpperCase(subject.charAt(0)) + subject.substring(1).replaceAll("\\s+", " ");
        Set<String> words = words(name);
        if (words.size() < 3 || appendixWords.stream().anyMatch(a -> similar(words, a))) {
            return;
        }
        String key = "ND-" + String.format("%06x", Folded.of(name).hashCode() & 0xffffff);
        if (found.containsKey(key)) {
            return;
        }
        PlanTarget target;
        String targetText = text + (year != null && year != endYear ? " (năm " + year + ")" : "");
        if (year != null && year < endYear && text.matches(NUMBER)) {
            target = PlanTarget.byYear(new BigDecimal(text.replace(',', '.')), year, targetText);
        } else {
            target = TargetReader.read(text, "", name, endYear).target();
        }
        found.put(key, new BodyTarget(key, line, name, "%", targetText, target, clause.strip()));
    }

    private static String target(String comparator, String low, String high, String orMore) {
        String value = high == null ? low : low + " - " + high;
        if (orMore != null && !orMore.isBlank()) {
            return value + " trở lên";
        }
        if (comparator == null || comparator.isBlank() || high != null) {
            return value;
        }
        return Character.toUpperCase(comparator.charAt(0)) + comparator.substring(1).toLowerCase(java.util.Locale.ROOT) + " " + value;
    }

    private static Integer year(String clause) {
        Matcher m = YEAR.matcher(clause);
        Integer year = null;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        return year;
    }

    /** Most of the shorter name's words are in the other: the same indicator, worded a little differently. */
    private static boolean similar(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size() >= 0.7 * Math.min(a.size(), b.size());
    }

    private static final Set<String> FILLER = Set.of("ty", "ti", "le", "cac", "cua", "duoc", "dat", "va", "tren", "dia", "ban", "so");

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : Folded.of(text).split("[^a-z0-9]+")) {
            if (!w.isBlank() && !FILLER.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
