package vn.wardplan.task.planimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of an appendix table, identified from its header row by their names, in whatever order the office
 * put them. A header may take two lines (a merged "Kế hoạch 5 năm" or "Phân công thực hiện" above "Đến năm 2030 |
 * Bình quân năm" or "Chủ trì | Phối hợp"): a column's name is then its second-line label where it has one.
 */
final class TableColumns<C extends Enum<C>> {

    /** The columns of Phụ lục I (indicators). */
    enum IndicatorColumn { CODE, NAME, MEASURE_UNIT, BY_END, YEARLY, TARGET, DIRECTING_LEADER, ADVISING_UNIT, NOTE }

    /** The columns of Phụ lục II (tasks). */
    enum TaskColumn { CODE, TITLE, PERIOD, LEAD_UNIT, COORDINATING_UNITS, OUTPUT, DIRECTING_LEADER }

    /** A column kind and the words (folded) that name it; the first kind whose words match wins. */
    private record Rule<C>(C column, Pattern words) {
    }

    private static final Pattern CODE_WORDS = Pattern.compile("^(stt|tt|so tt|so thu tu|thu tu)\\.?$");

    private static final List<Rule<IndicatorColumn>> INDICATOR_RULES = List.of(
            rule(IndicatorColumn.CODE, CODE_WORDS.pattern()),
            rule(IndicatorColumn.NOTE, "ghi chu"),
            rule(IndicatorColumn.MEASURE_UNIT, "^dvt$|don vi tinh|don vi do"),
            rule(IndicatorColumn.YEARLY, "binh quan|hang nam|moi nam|/ ?nam$"),
            rule(IndicatorColumn.BY_END, "den nam|den 20\\d\\d|nam 20\\d\\d$|^20\\d\\d$|muc tieu 20\\d\\d"),
            rule(IndicatorColumn.DIRECTING_LEADER, "lanh dao|chi dao|phu trach"),
            rule(IndicatorColumn.ADVISING_UNIT, "tham muu|chu tri|thuc hien|theo doi|co quan|don vi"),
            rule(IndicatorColumn.NAME, "chi tieu|^ten|noi dung"),
            rule(IndicatorColumn.TARGET, "muc tieu|ke hoach|gia tri"));

    private static final List<Rule<TaskColumn>> TASK_RULES = List.of(
            rule(TaskColumn.CODE, CODE_WORDS.pattern()),
            rule(TaskColumn.LEAD_UNIT, "chu tri"),
            rule(TaskColumn.COORDINATING_UNITS, "phoi hop"),
            rule(TaskColumn.PERIOD, "thoi gian|thoi han|tien do|thoi diem|nam thuc hien|nam hoan thanh"),
            rule(TaskColumn.OUTPUT, "san pham|ket qua"),
            rule(TaskColumn.DIRECTING_LEADER, "lanh dao|chi dao|phu trach"),
            rule(TaskColumn.TITLE, "nhiem vu|noi dung|^ten|cong viec|giai phap|de an"));

    private final Map<C, Integer> index;
    private final List<String> unknown;

    private TableColumns(Map<C, Integer> index, List<String> unknown) {
        this.index = index;
        this.unknown = unknown;
    }

    private static <C> Rule<C> rule(C column, String words) {
        return new Rule<>(column, Pattern.compile(words));
    }

    /** Whether the cells look like the header of an indicator table (a number column and an indicator column). */
    static boolean isIndicatorHeader(List<String> cells) {
        return hasCode(cells) && cells.stream().map(Folded::of).anyMatch(c -> c.contains("chi tieu") && !c.contains("den nam")
                && !c.contains("binh quan"));
    }

    /** Whether the cells look like the header of a task table (a number column and a task column). */
    static boolean isTaskHeader(List<String> cells) {
        return hasCode(cells) && cells.stream().map(Folded::of).anyMatch(c -> c.contains("nhiem vu") || c.equals("noi dung")
                || c.contains("cong viec"));
    }

    private static boolean hasCode(List<String> cells) {
        return cells.stream().limit(2).map(Folded::of).anyMatch(c -> CODE_WORDS.matcher(c).matches());
    }

    /** Whether a row is a header's second line: no number, and every filled cell names a column. */
    static boolean isSubHeader(List<String> cells, boolean tasks) {
        if (cells.isEmpty() || !cells.getFirst().isBlank()) {
            return false;
        }
        boolean any = false;
        for (String cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            any = true;
            String folded = Folded.of(cell);
            boolean named = tasks ? TASK_RULES.stream().anyMatch(r -> r.words().matcher(folded).find())
                    : INDICATOR_RULES.stream().anyMatch(r -> r.words().matcher(folded).find());
            if (!named || folded.matches("^\\d+[.)]?$")) {
                return false;
            }
        }
        return any;
    }

    static TableColumns<IndicatorColumn> indicators(List<String> top, List<String> second) {
        return of(top, second, INDICATOR_RULES, IndicatorColumn.class);
    }

    static TableColumns<TaskColumn> tasks(List<String> top, List<String> second) {
        return of(top, second, TASK_RULES, TaskColumn.class);
    }

    private static <C extends Enum<C>> TableColumns<C> of(List<String> top, List<String> second, List<Rule<C>> rules,
            Class<C> type) {
        Map<C, Integer> index = new EnumMap<>(type);
        List<String> unknown = new ArrayList<>();
        int width = Math.max(top.size(), second.size());
        for (int c = 0; c < width; c++) {
            String below = c < second.size() ? second.get(c) : "";
            String label = !below.isBlank() ? below : c < top.size() ? top.get(c) : "";
            if (label.isBlank()) {
                continue;
            }
            String folded = Folded.of(label);
            Optional<C> column = rules.stream().filter(r -> r.words().matcher(folded).find()).map(Rule::column).findFirst();
            if (column.isPresent() && !index.containsKey(column.get())) {
                index.put(column.get(), c);
            } else {
                unknown.add(label.strip());
            }
        }
        return new TableColumns<>(index, unknown);
    }

    boolean has(C column) {
        return index.containsKey(column);
    }

    /** The cell of a column in a row, or "" when the table has no such column or the row is short. */
    String cell(List<String> cells, C column) {
        Integer at = index.get(column);
        return at == null || at >= cells.size() ? "" : cells.get(at);
    }

    /** Header labels that name no column the reader knows; their cells are not read. */
    List<String> unknown() {
        return unknown;
    }

    /** The columns found, for a message. */
    String describe() {
        return index.keySet().toString();
    }
}
