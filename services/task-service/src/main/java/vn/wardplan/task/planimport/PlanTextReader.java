package vn.wardplan.task.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan in the plain-text form wards have (the Word document saved as text: body paragraphs, then the
 * appendices as tab-separated tables). It keeps every table row exactly once, in order, even when a printed
 * number repeats; sub-rows stay under their parent. Pure Java: no Spring, no storage.
 */
public final class PlanTextReader {

    private static final Pattern APPENDIX_I = Pattern.compile("^PHỤ LỤC\\s+(1|I)\\s*$");
    private static final Pattern APPENDIX_II = Pattern.compile("^PHỤ LỤC\\s+(2|II)\\s*$");
    private static final Pattern ATTACHED_TO = Pattern.compile(
            "Kèm theo Kế hoạch số\\s*\\**\\s*([0-9]+/[A-ZĐ-]+)\\s*\\**\\s*,\\s*ngày\\s*\\**\\s*(\\d{1,2})\\s*\\**\\s*tháng\\s*\\**\\s*(\\d{1,2})\\s*\\**\\s*năm\\s*\\**\\s*(\\d{4})");
    private static final Pattern GROUP = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX|X)\\.\\s+(.+?)\\s*$");
    private static final Pattern PERIOD = Pattern.compile("(?:giai đoạn|kế hoạch 5 năm)\\s+(\\d{4})\\s*-\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("^\\d+$");
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}\\p{L}*(\\s+\\p{Lu}\\p{L}*){1,4}$");

    private PlanTextReader() {
    }

    public static ParsedPlan read(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<ImportWarning> warnings = new ArrayList<>();
        int appendixOne = find(lines, APPENDIX_I, 0);
        int appendixTwo = find(lines, APPENDIX_II, Math.max(appendixOne, 0));
        if (appendixOne < 0 || appendixTwo < 0) {
            throw new PlanFormatException("Không tìm thấy Phụ lục I và Phụ lục II trong văn bản.");
        }
        List<ParsedPlan.IndicatorRow> indicators = indicators(lines, appendixOne + 1, appendixTwo, warnings);
        List<ParsedPlan.TaskRow> tasks = tasks(lines, appendixTwo + 1, lines.length, warnings);
        warnings.addAll(BodyTargetCheck.check(lines, appendixOne, indicators));
        ParsedPlan.Header header = header(lines, appendixOne, appendixTwo, warnings);
        return new ParsedPlan(header, indicators, tasks, warnings);
    }

    private static ParsedPlan.Header header(String[] lines, int appendixOne, int appendixTwo, List<ImportWarning> warnings) {
        String title = null;
        for (int i = 0; i < appendixOne && title == null; i++) {
            if (clean(lines[i]).equals("KẾ HOẠCH")) {
                for (int j = i + 1; j < appendixOne; j++) {
                    if (!clean(lines[j]).isEmpty()) {
                        title = clean(lines[j]);
                        break;
                    }
                }
            }
        }
        Matcher period = PERIOD.matcher(title == null ? "" : title);
        if (!period.find()) {
            // The Excel form has no title page: take the period from the appendices' headings instead.
            period = PERIOD.matcher(String.join("\n", lines).toLowerCase(java.util.Locale.ROOT));
            if (!period.find()) {
                throw new PlanFormatException("Không tìm thấy giai đoạn của kế hoạch (\"giai đoạn 2026 - 2030\").");
            }
        }
        int start = Integer.parseInt(period.group(1));
        int end = Integer.parseInt(period.group(2));
        Attached one = attached(lines, appendixOne, appendixTwo);
        Attached two = attached(lines, appendixTwo, lines.length);
        if (one != null && two != null && !one.date().equals(two.date())) {
            warnings.add(new ImportWarning("APPENDIX_DATES_DIFFER", two.line(), "Phụ lục I ghi ngày " + vi(one.date())
                    + ", Phụ lục II ghi ngày " + vi(two.date()) + "; lấy ngày của Phụ lục I (" + vi(one.date())
                    + ") làm ngày ban hành."));
        }
        if (one != null && two != null && !one.number().equals(two.number())) {
            warnings.add(new ImportWarning("APPENDIX_NUMBERS_DIFFER", two.line(), "Phụ lục I thuộc Kế hoạch số "
                    + one.number() + ", Phụ lục II thuộc Kế hoạch số " + two.number() + "."));
        }
        Attached first = one != null ? one : two;
        return new ParsedPlan.Header(first == null ? null : first.number(), first == null ? null : first.date(), title,
                start, end, signer(lines, appendixOne));
    }

    /** The signer is the last line before the appendices that is only a person's name. */
    private static String signer(String[] lines, int appendixOne) {
        for (int i = appendixOne - 1; i >= 0; i--) {
            String line = clean(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            return PERSON.matcher(line).matches() && !line.equals(line.toUpperCase()) ? line : null;
        }
        return null;
    }

    private record Attached(String number, LocalDate date, int line) {
    }

    private static Attached attached(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            Matcher m = ATTACHED_TO.matcher(lines[i]);
            if (m.find()) {
                return new Attached(m.group(1), LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2))), i + 1);
            }
        }
        return null;
    }

    private static List<ParsedPlan.IndicatorRow> indicators(String[] lines, int from, int to, List<ImportWarning> warnings) {
        List<ParsedPlan.IndicatorRow> rows = new ArrayList<>();
        Numbering numbering = new Numbering("Phụ lục I");
        String group = null;
        Integer parent = null;
        for (int i = from; i < to; i++) {
            String raw = lines[i];
            String line = clean(raw);
            Matcher g = GROUP.matcher(line.split("\t")[0].strip());
            if (!raw.startsWith("\t") && g.matches()) {
                group = g.group(2).strip();
                parent = null;
                continue;
            }
            if (!raw.contains("\t")) {
                continue;
            }
            List<String> cells = cells(raw, 8);
            String code = cells.get(0);
            String name = cells.get(1);
            if (name.isEmpty() || code.equalsIgnoreCase("STT") || name.startsWith("Đến năm")) {
                continue;
            }
            int position = rows.size() + 1;
            if (NUMBER.matcher(code).matches()) {
                numbering.see(code, i + 1, warnings);
                rows.add(new ParsedPlan.IndicatorRow(position, i + 1, code, null, group, name, cells.get(2), cells.get(3),
                        cells.get(4), cells.get(5), cells.get(6), cells.get(7)));
                parent = position;
            } else {
                if (parent == null) {
                    warnings.add(new ImportWarning("ROW_WITHOUT_PARENT", i + 1, "Dòng \"" + name
                            + "\" không có số thứ tự và không nằm dưới chỉ tiêu nào; giữ như một chỉ tiêu riêng."));
                }
                ParsedPlan.IndicatorRow parentRow = parent == null ? null : rows.get(parent - 1);
                rows.add(new ParsedPlan.IndicatorRow(position, i + 1, null, parent, group, name.replaceFirst("^\\+\\s*", ""),
                        cells.get(2), cells.get(3), cells.get(4), orParent(cells.get(5), parentRow, true),
                        orParent(cells.get(6), parentRow, false), cells.get(7)));
            }
        }
        numbering.reportGaps(warnings, to);
        return rows;
    }

    /** A sub-row leaves leader and advising unit blank: they are its parent's. */
    private static String orParent(String value, ParsedPlan.IndicatorRow parent, boolean leader) {
        if (!value.isEmpty() || parent == null) {
            return value;
        }
        return leader ? parent.directingLeader() : parent.advisingUnit();
    }

    private static List<ParsedPlan.TaskRow> tasks(String[] lines, int from, int to, List<ImportWarning> warnings) {
        List<ParsedPlan.TaskRow> rows = new ArrayList<>();
        Numbering numbering = new Numbering("Phụ lục II");
        String field = null;
        for (int i = from; i < to; i++) {
            String raw = lines[i];
            Matcher g = GROUP.matcher(clean(raw).split("\t")[0].strip());
            if (!raw.startsWith("\t") && g.matches()) {
                field = g.group(2).strip();
                continue;
            }
            if (!raw.contains("\t")) {
                continue;
            }
            List<String> cells = cells(raw, 7);
            if (!NUMBER.matcher(cells.get(0)).matches()) {
                if (!cells.get(1).isEmpty() && !cells.get(0).equalsIgnoreCase("STT") && !cells.get(1).equals("Nhiệm vụ")
                        && !cells.get(3).equals("Cơ quan chủ trì")) {
                    warnings.add(new ImportWarning("TASK_WITHOUT_NUMBER", i + 1, "Nhiệm vụ \"" + cells.get(1)
                            + "\" không có số thứ tự; vẫn được nhập."));
                    rows.add(task(rows.size() + 1, i + 1, null, field, cells));
                }
                continue;
            }
            numbering.see(cells.get(0), i + 1, warnings);
            rows.add(task(rows.size() + 1, i + 1, cells.get(0), field, cells));
        }
        numbering.reportGaps(warnings, to);
        return rows;
    }

    private static ParsedPlan.TaskRow task(int position, int line, String code, String field, List<String> cells) {
        return new ParsedPlan.TaskRow(position, line, code, field, cells.get(1), cells.get(2), cells.get(3), cells.get(4),
                cells.get(5), cells.get(6));
    }

    /** Printed numbers of one appendix: repeats are kept and reported, gaps are reported. */
    private static final class Numbering {
        private final String appendix;
        private final Map<Integer, Integer> firstLine = new HashMap<>();
        private final TreeSet<Integer> seen = new TreeSet<>();

        Numbering(String appendix) {
            this.appendix = appendix;
        }

        void see(String code, int line, List<ImportWarning> warnings) {
            int number = Integer.parseInt(code);
            Integer earlier = firstLine.putIfAbsent(number, line);
            if (earlier != null) {
                warnings.add(new ImportWarning("NUMBER_REPEATED", line, appendix + ": số thứ tự " + number
                        + " lặp lại (dòng " + earlier + " và dòng " + line + "); giữ cả hai dòng, không gộp."));
            }
            seen.add(number);
        }

        void reportGaps(List<ImportWarning> warnings, int line) {
            if (seen.isEmpty()) {
                return;
            }
            for (int n = seen.first(); n <= seen.last(); n++) {
                if (!seen.contains(n)) {
                    warnings.add(new ImportWarning("NUMBER_SKIPPED", 0, appendix + ": không có số thứ tự " + n + "."));
                }
            }
        }
    }

    private static List<String> cells(String raw, int count) {
        String[] parts = raw.split("\t", -1);
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(i < parts.length ? clean(parts[i]).replace("*", "") : "");
        }
        return cells;
    }

    private static int find(String[] lines, Pattern pattern, int from) {
        for (int i = from; i < lines.length; i++) {
            if (pattern.matcher(clean(lines[i])).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replace('\u00a0', ' ').strip();
    }

    private static String vi(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
