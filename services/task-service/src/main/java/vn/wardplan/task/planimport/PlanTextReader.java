package vn.wardplan.task.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.wardplan.task.planimport.TableColumns.IndicatorColumn;
import vn.wardplan.task.planimport.TableColumns.TaskColumn;

/**
 * Reads a plan in its text form (the Word document saved as text, or what {@link OfficeDocuments} makes of Word and
 * Excel: body paragraphs, then the appendices as tab-separated tables). It finds the appendix tables by their header
 * rows and their columns by name, in any order, so it reads any office's layout, not one ward's. It keeps every
 * table row exactly once, in order, even when a printed number repeats; sub-rows stay under their parent; what it
 * cannot read is named with its line. Pure Java: no Spring, no storage.
 */
public final class PlanTextReader {

    /** "PHỤ LỤC 1", "Phụ lục I", "Phụ lục 01", "PHỤ LỤC SỐ 2", "Phụ lục II: …" (folded). */
    private static final Pattern APPENDIX_HEADING = Pattern.compile("^phu luc (?:so )?(?:[ivx]{1,5}|\\d{1,2})(?:$|[ .:,;\\-–(])");
    /** A group row's marker in the number column: "I", "II.", "A", "B)". */
    private static final Pattern GROUP_MARK = Pattern.compile("^(?:[IVX]{1,5}|[A-H])[.)]?$");
    /** A group row written in one cell or line: "I. NHÓM CHỈ TIÊU VỀ KINH TẾ", "A. LĨNH VỰC KINH TẾ". */
    private static final Pattern GROUP_LINE = Pattern.compile("^(?:[IVX]{1,5}|[A-H])\\s{0,3}[.):]\\s{0,3}(\\S.{0,300})$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,4}$");
    private static final Pattern SUB_NUMBER = Pattern.compile("^(\\d{1,4})\\.\\d{1,3}$");
    private static final Pattern SUB_MARK = Pattern.compile("^(?:[+\\-–•*]|[a-zđ][.)]?|\\d{1,3}\\))$");
    private static final Pattern SUB_PREFIX = Pattern.compile("^(?:[+\\-–•*]\\s{0,3}|(?i:trong đó)\\s{0,3}:?\\s{0,3})");
    private static final Pattern COLUMN_NUMBERS = Pattern.compile("^\\(?\\d{1,2}\\)?$");
    private static final int MAX_CELLS = 64;

    private PlanTextReader() {
    }

    /** Where one appendix table lies in the text and which columns it has. */
    record Table(boolean tasks, int header, int from, int to, int heading) {
    }

    public static ParsedPlan read(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = Normalizer.normalize(lines[i], Normalizer.Form.NFC).replace('\u00a0', ' ');
        }
        List<ImportWarning> warnings = new ArrayList<>();
        List<Table> tables = tables(lines);
        if (tables.isEmpty()) {
            throw new PlanFormatException(missingTables(lines));
        }
        int bodyEnd = bodyEnd(lines, tables);
        List<ParsedPlan.IndicatorRow> indicators = new ArrayList<>();
        List<ParsedPlan.TaskRow> tasks = new ArrayList<>();
        Numbering indicatorNumbers = new Numbering("Phụ lục I");
        Numbering taskNumbers = new Numbering("Phụ lục II");
        for (Table table : tables) {
            if (table.tasks()) {
                tasks(lines, table, tasks, taskNumbers, warnings);
            } else {
                indicators(lines, table, indicators, indicatorNumbers, warnings);
            }
        }
        indicatorNumbers.reportGaps(warnings);
        taskNumbers.reportGaps(warnings);
        if (tables.stream().noneMatch(Table::tasks)) {
            warnings.add(new ImportWarning("APPENDIX_MISSING", 0, "Không tìm thấy bảng nhiệm vụ (Phụ lục II): kế hoạch chỉ có chỉ tiêu."));
        }
        if (tables.stream().allMatch(Table::tasks)) {
            warnings.add(new ImportWarning("APPENDIX_MISSING", 0, "Không tìm thấy bảng chỉ tiêu (Phụ lục I): kế hoạch chỉ có nhiệm vụ."));
        }
        warnings.addAll(BodyTargetCheck.check(lines, bodyEnd, indicators));
        ParsedPlan.Header header = PlanHeading.read(lines, bodyEnd, tables, warnings);
        return new ParsedPlan(header, indicators, tasks, warnings,
                BodyTargets.find(lines, bodyEnd, indicators, header.endYear() > 0 ? header.endYear() : 2030));
    }

    /** Every appendix table: from its header row to the next appendix heading or table of the other kind. */
    private static List<Table> tables(String[] lines) {
        List<int[]> headers = new ArrayList<>();
        int lastHeading = -1;
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (isAppendixHeading(lines[i])) {
                headings.add(i);
                continue;
            }
            if (!lines[i].contains("\t")) {
                continue;
            }
            List<String> cells = cells(lines[i]);
            int kind = TableColumns.isTaskHeader(cells) ? 1 : TableColumns.isIndicatorHeader(cells) ? 0 : -1;
            if (kind < 0) {
                continue;
            }
            int heading = headings.isEmpty() ? -1 : headings.getLast();
            boolean repeated = !headers.isEmpty() && headers.getLast()[1] == kind && heading == lastHeading;
            if (!repeated) {
                headers.add(new int[] {i, kind, heading});
            }
            lastHeading = heading;
        }
        List<Table> tables = new ArrayList<>();
        for (int t = 0; t < headers.size(); t++) {
            int start = headers.get(t)[0];
            int end = t + 1 < headers.size() ? headers.get(t + 1)[0] : lines.length;
            for (int h : headings) {
                if (h > start && h < end) {
                    end = h;
                    break;
                }
            }
            tables.add(new Table(headers.get(t)[1] == 1, start, start + 1, end, headers.get(t)[2]));
        }
        return tables;
    }

    static boolean isAppendixHeading(String line) {
        if (line.contains("\t") || line.length() > 300) {
            return false;
        }
        return APPENDIX_HEADING.matcher(Folded.of(line.replace("*", ""))).find();
    }

    private static int bodyEnd(String[] lines, List<Table> tables) {
        int end = tables.getFirst().header();
        for (int i = 0; i < end; i++) {
            if (isAppendixHeading(lines[i])) {
                return i;
            }
        }
        return end;
    }

    /** What the person should know when no table was found: what the reader looks for, and what it did find. */
    private static String missingTables(String[] lines) {
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < lines.length && headings.size() < 5; i++) {
            if (isAppendixHeading(lines[i])) {
                headings.add("dòng " + (i + 1) + ": \"" + lines[i].strip() + "\"");
            }
        }
        String found = headings.isEmpty() ? "Văn bản không có tiêu đề phụ lục nào (\"Phụ lục I\", \"PHỤ LỤC 01\"…)."
                : "Có tiêu đề phụ lục (" + String.join("; ", headings) + ") nhưng không có bảng nào bên dưới có hàng tiêu đề"
                        + " nhận ra được.";
        return "Không tìm thấy Phụ lục I và Phụ lục II: cần một bảng chỉ tiêu có hàng tiêu đề với cột \"STT\" (hoặc \"TT\")"
                + " và cột tên chỉ tiêu, và một bảng nhiệm vụ có cột \"STT\" và cột \"Nhiệm vụ\". " + found;
    }

    private static void indicators(String[] lines, Table table, List<ParsedPlan.IndicatorRow> rows, Numbering numbering,
            List<ImportWarning> warnings) {
        List<String> second = secondHeaderLine(lines, table, false);
        int from = table.from() + (second.isEmpty() ? 0 : 1);
        TableColumns<IndicatorColumn> columns = TableColumns.indicators(cells(lines[table.header()]), second);
        unknownColumns(columns.unknown(), table.header(), warnings);
        if (!columns.has(IndicatorColumn.NAME)) {
            throw new PlanFormatException("Bảng chỉ tiêu ở dòng " + (table.header() + 1) + " không có cột tên chỉ tiêu"
                    + " (cột tìm thấy: " + columns.describe() + ").");
        }
        boolean generalTarget = columns.has(IndicatorColumn.TARGET);
        String group = null;
        Integer parent = null;
        for (int i = from; i < table.to(); i++) {
            BodyLine body = bodyLine(lines, i, false, warnings);
            if (body instanceof GroupLine(String named)) {
                group = named;
                parent = null;
                continue;
            }
            if (!(body instanceof RowLine(List<String> cells))) {
                continue;
            }
            String code = code(columns.cell(cells, IndicatorColumn.CODE));
            String name = columns.cell(cells, IndicatorColumn.NAME);
            String byEnd = columns.cell(cells, IndicatorColumn.BY_END);
            String yearly = columns.cell(cells, IndicatorColumn.YEARLY);
            if (generalTarget) {
                String target = columns.cell(cells, IndicatorColumn.TARGET);
                if (!columns.has(IndicatorColumn.YEARLY)) {
                    yearly = target;
                } else if (!columns.has(IndicatorColumn.BY_END)) {
                    byEnd = target;
                }
            }
            String measure = columns.cell(cells, IndicatorColumn.MEASURE_UNIT);
            String leader = columns.cell(cells, IndicatorColumn.DIRECTING_LEADER);
            String advising = columns.cell(cells, IndicatorColumn.ADVISING_UNIT);
            boolean data = !(measure + byEnd + yearly + leader + advising).isBlank();
            String named = group(code, name, cells.getFirst(), data);
            if (named != null) {
                group = named;
                parent = null;
                continue;
            }
            if (name.isEmpty()) {
                warnings.add(new ImportWarning("ROW_WITHOUT_NAME", i + 1, "Hàng " + (code.isEmpty() ? "" : code + " ")
                        + "của bảng chỉ tiêu không có tên chỉ tiêu (\"" + shorten(lines[i]) + "\"); không nhập, cần bổ sung tên."));
                continue;
            }
            int position = rows.size() + 1;
            String note = columns.cell(cells, IndicatorColumn.NOTE);
            Matcher sub = SUB_NUMBER.matcher(code);
            boolean topLevel = NUMBER.matcher(code).matches();
            if (topLevel) {
                numbering.see(code, i + 1, warnings);
                rows.add(new ParsedPlan.IndicatorRow(position, i + 1, code, null, group, name, measure, byEnd, yearly, leader,
                        advising, note));
                parent = position;
                continue;
            }
            if (sub.matches() && (parent == null || !sub.group(1).equals(rows.get(parent - 1).code()))) {
                warnings.add(new ImportWarning("SUB_ROW_NUMBER", i + 1, "Hàng " + code + " không nằm ngay dưới chỉ tiêu "
                        + sub.group(1) + "; xếp dưới chỉ tiêu ngay trên nó."));
            }
            if (!sub.matches() && !code.isEmpty() && !SUB_MARK.matcher(code).matches()) {
                warnings.add(new ImportWarning("NUMBER_NOT_READ", i + 1, "Số thứ tự \"" + code + "\" không đọc được;"
                        + " hàng được nhập như chỉ tiêu con của hàng trên."));
            }
            if (parent == null) {
                warnings.add(new ImportWarning("ROW_WITHOUT_PARENT", i + 1, "Dòng \"" + name
                        + "\" không có số thứ tự và không nằm dưới chỉ tiêu nào; giữ như một chỉ tiêu riêng."));
            }
            ParsedPlan.IndicatorRow parentRow = parent == null ? null : rows.get(parent - 1);
            rows.add(new ParsedPlan.IndicatorRow(position, i + 1, sub.matches() ? code : null, parent, group,
                    SUB_PREFIX.matcher(name).replaceFirst(""), measure, byEnd, yearly, orParent(leader, parentRow, true),
                    orParent(advising, parentRow, false), note));
        }
    }

    private static void tasks(String[] lines, Table table, List<ParsedPlan.TaskRow> rows, Numbering numbering,
            List<ImportWarning> warnings) {
        List<String> second = secondHeaderLine(lines, table, true);
        int from = table.from() + (second.isEmpty() ? 0 : 1);
        TableColumns<TaskColumn> columns = TableColumns.tasks(cells(lines[table.header()]), second);
        unknownColumns(columns.unknown(), table.header(), warnings);
        if (!columns.has(TaskColumn.TITLE)) {
            throw new PlanFormatException("Bảng nhiệm vụ ở dòng " + (table.header() + 1) + " không có cột tên nhiệm vụ"
                    + " (cột tìm thấy: " + columns.describe() + ").");
        }
        String field = null;
        for (int i = from; i < table.to(); i++) {
            BodyLine body = bodyLine(lines, i, true, warnings);
            if (body instanceof GroupLine(String named)) {
                field = named;
                continue;
            }
            if (!(body instanceof RowLine(List<String> cells))) {
                continue;
            }
            String code = code(columns.cell(cells, TaskColumn.CODE));
            String title = columns.cell(cells, TaskColumn.TITLE);
            String period = columns.cell(cells, TaskColumn.PERIOD);
            String lead = columns.cell(cells, TaskColumn.LEAD_UNIT);
            String coordinating = columns.cell(cells, TaskColumn.COORDINATING_UNITS);
            String output = columns.cell(cells, TaskColumn.OUTPUT);
            String leader = columns.cell(cells, TaskColumn.DIRECTING_LEADER);
            String named = group(code, title, cells.getFirst(), !(period + lead + coordinating + output + leader).isBlank());
            if (named != null) {
                field = named;
                continue;
            }
            if (title.isEmpty()) {
                warnings.add(new ImportWarning("ROW_WITHOUT_NAME", i + 1, "Hàng " + (code.isEmpty() ? "" : code + " ")
                        + "của bảng nhiệm vụ không có tên nhiệm vụ (\"" + shorten(lines[i]) + "\"); không nhập, cần bổ sung."));
                continue;
            }
            boolean numbered = NUMBER.matcher(code).matches();
            if (numbered) {
                numbering.see(code, i + 1, warnings);
            } else {
                warnings.add(new ImportWarning("TASK_WITHOUT_NUMBER", i + 1, "Nhiệm vụ \"" + title
                        + "\" không có số thứ tự" + (code.isEmpty() ? "" : " đọc được (\"" + code + "\")") + "; vẫn được nhập."));
            }
            if (lead.isEmpty()) {
                warnings.add(new ImportWarning("TASK_WITHOUT_LEAD_UNIT", i + 1, "Nhiệm vụ \"" + title
                        + "\" không ghi cơ quan chủ trì."));
            }
            rows.add(new ParsedPlan.TaskRow(rows.size() + 1, i + 1, numbered ? code : null, field, title, period, lead,
                    coordinating, output, leader));
        }
    }

    /** The header's second line ("Đến năm 2030 | Bình quân năm", "Chủ trì | Phối hợp"), or none. */
    private static List<String> secondHeaderLine(String[] lines, Table table, boolean tasks) {
        int next = table.from();
        return next < table.to() && TableColumns.isSubHeader(cells(lines[next]), tasks) ? cells(lines[next]) : List.of();
    }

    /** A line of a table's body: nothing to read (blank, a repeated header, column numbers), a group line, or a row. */
    private sealed interface BodyLine permits SkippedLine, GroupLine, RowLine {
    }

    private record SkippedLine() implements BodyLine {
    }

    private record GroupLine(String name) implements BodyLine {
    }

    private record RowLine(List<String> cells) implements BodyLine {
    }

    /** Classifies line {@code i}; a line that is neither a row nor a group is named in a warning. */
    private static BodyLine bodyLine(String[] lines, int i, boolean tasks, List<ImportWarning> warnings) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
            return new SkippedLine();
        }
        if (!lines[i].contains("\t")) {
            String named = groupOfLine(line);
            if (named != null) {
                return new GroupLine(named);
            }
            warnings.add(new ImportWarning("LINE_NOT_READ", i + 1, "Dòng \"" + shorten(line) + "\" nằm trong bảng "
                    + (tasks ? "nhiệm vụ" : "chỉ tiêu") + " nhưng không phải một hàng của bảng; không nhập."));
            return new SkippedLine();
        }
        List<String> cells = cells(lines[i]);
        boolean header = tasks ? TableColumns.isTaskHeader(cells) : TableColumns.isIndicatorHeader(cells);
        return header || TableColumns.isSubHeader(cells, tasks) || isColumnNumbers(cells) ? new SkippedLine() : new RowLine(cells);
    }

    /** A group row: a marker ("I", "A.") with a name and no data, one cell "I. …", or a bare name in capitals. */
    private static String group(String code, String name, String firstCell, boolean data) {
        if (data) {
            return null;
        }
        if (GROUP_MARK.matcher(code).matches() && !name.isEmpty()) {
            return name;
        }
        String fromCell = groupOfLine(firstCell);
        if (fromCell != null && (name.isEmpty() || name.equals(firstCell))) {
            return fromCell;
        }
        if (code.isEmpty() && !name.isEmpty() && (name.equals(name.toUpperCase()) && name.length() > 3
                || Folded.of(name).matches("^(nhom|linh vuc|phan) .*"))) {
            return name;
        }
        return null;
    }

    private static String groupOfLine(String line) {
        Matcher m = GROUP_LINE.matcher(line.replace("*", "").strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    private static boolean isColumnNumbers(List<String> cells) {
        long filled = cells.stream().filter(c -> !c.isBlank()).count();
        return filled >= 3 && cells.stream().filter(c -> !c.isBlank()).allMatch(c -> COLUMN_NUMBERS.matcher(c).matches());
    }

    private static void unknownColumns(List<String> unknown, int header, List<ImportWarning> warnings) {
        for (String label : unknown) {
            warnings.add(new ImportWarning("COLUMN_NOT_READ", header + 1, "Cột \"" + shorten(label)
                    + "\" không thuộc các cột nhận ra được (hoặc lặp lại một cột đã có); nội dung cột này không được nhập."));
        }
    }

    /** A sub-row leaves leader and advising unit blank: they are its parent's. */
    private static String orParent(String value, ParsedPlan.IndicatorRow parent, boolean leader) {
        if (!value.isEmpty() || parent == null) {
            return value;
        }
        return leader ? parent.directingLeader() : parent.advisingUnit();
    }

    /** "1." and "1" are the same printed number. */
    private static String code(String cell) {
        String code = cell.strip();
        return code.endsWith(".") && NUMBER.matcher(code.substring(0, code.length() - 1)).matches()
                ? code.substring(0, code.length() - 1) : code;
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

        void reportGaps(List<ImportWarning> warnings) {
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

    static List<String> cells(String raw) {
        String[] parts = raw.split("\t", MAX_CELLS + 1);
        List<String> cells = new ArrayList<>(parts.length);
        for (int i = 0; i < Math.min(parts.length, MAX_CELLS); i++) {
            cells.add(parts[i].replace("*", "").replaceAll("\\s+", " ").strip());
        }
        return cells;
    }

    static String shorten(String text) {
        String line = text.strip().replace('\t', ' ');
        return line.length() <= 80 ? line : line.substring(0, 77) + "…";
    }
}
