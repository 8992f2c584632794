package vn.wardplan.task.planimport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the targets of Phụ lục I with what the body of the plan says about the same indicator, and warns
 * where they differ ("75%" in section II, "76" in the appendix). A body clause speaks of an indicator when it
 * contains every word of the indicator's name; the percentage nearest to those words is the body's figure.
 * It only warns: the appendix stays the source of the target.
 */
final class BodyTargetCheck {

    // Possessive, and starting only where a number starts: a long run of digits costs one pass, not one per digit.
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\d,])(\\d++(?:,\\d++)?+)(?:\\s*+[-–]\\s*+(\\d++(?:,\\d++)?+))?+\\s*+%");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d,])\\d++(?:,\\d++)?+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private BodyTargetCheck() {
    }

    static List<ImportWarning> check(String[] bodyLines, int bodyEnd, List<ParsedPlan.IndicatorRow> rows) {
        List<String> clauses = new ArrayList<>();
        List<Integer> clauseLines = new ArrayList<>();
        for (int i = 0; i < bodyEnd; i++) {
            for (String clause : bodyLines[i].split("[;.](?!\\d)")) {
                if (PERCENT.matcher(clause).find()) {
                    clauses.add(clause);
                    clauseLines.add(i + 1);
                }
            }
        }
        List<ImportWarning> warnings = new ArrayList<>();
        for (ParsedPlan.IndicatorRow row : rows) {
            String target = row.yearlyText().isEmpty() ? row.byEndText() : row.yearlyText();
            Set<BigDecimal> appendix = numbers(target);
            if (appendix.isEmpty()) {
                continue;
            }
            List<String> words = words(row.name());
            Set<String> reported = new LinkedHashSet<>();
            for (int c = 0; c < clauses.size(); c++) {
                String clause = clauses.get(c);
                List<String> clauseWords = words(clause);
                if (!clauseWords.containsAll(words)) {
                    continue;
                }
                Set<BigDecimal> body = nearestPercent(clause, words);
                if (!body.isEmpty() && !body.equals(appendix) && reported.add(body.toString())) {
                    warnings.add(new ImportWarning("TARGET_BODY_DIFFERS", clauseLines.get(c), "Chỉ tiêu \"" + row.name()
                            + "\": phần nội dung ghi " + show(body) + "%, Phụ lục I ghi \"" + target
                            + "\"; giữ theo Phụ lục I, cần kiểm tra lại."));
                }
            }
        }
        return warnings;
    }

    /** The percentage (or range) closest to where the clause names the indicator. */
    private static Set<BigDecimal> nearestPercent(String clause, List<String> nameWords) {
        String lower = normalize(clause);
        int anchor = -1;
        for (String word : nameWords) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(lower);
            if (m.find()) {
                anchor = anchor < 0 ? m.start() : Math.min(anchor, m.start());
            }
        }
        Matcher percent = PERCENT.matcher(clause);
        Set<BigDecimal> best = Set.of();
        int bestDistance = Integer.MAX_VALUE;
        while (percent.find()) {
            int distance = Math.abs(percent.start() - anchor);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = numbers(percent.group());
            }
        }
        return best;
    }

    private static Set<BigDecimal> numbers(String text) {
        Set<BigDecimal> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        while (m.find()) {
            numbers.add(new BigDecimal(m.group().replace(',', '.')).stripTrailingZeros());
        }
        return numbers;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normalize(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("hoá", "hóa").replace("hoà", "hòa").replace("thuỷ", "thủy");
    }

    private static String show(Set<BigDecimal> numbers) {
        return String.join(" - ", numbers.stream().map(n -> n.toPlainString().replace('.', ',')).toList());
    }
}
