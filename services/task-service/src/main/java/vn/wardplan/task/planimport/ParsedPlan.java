package vn.wardplan.task.planimport;

import java.time.LocalDate;
import java.util.List;

import vn.wardplan.task.task.YearSpan;

/**
 * A plan document as read, before anything is stored: the header, every row of Phụ lục I and II exactly once,
 * what the reader noticed, and the targets its body states that the appendix lacks. Nothing here is resolved against
 * a ward yet.
 */
public record ParsedPlan(Header header, List<IndicatorRow> indicators, List<TaskRow> tasks, List<ImportWarning> warnings,
        List<BodyTarget> bodyTargets) {

    /** Number ("86/KH-UBND"), date of issue, title, period and signer of the plan. */
    public record Header(String number, LocalDate issuedOn, String title, int startYear, int endYear, String signer) {

        /** The years the plan runs. */
        public YearSpan term() {
            return new YearSpan(startYear, endYear);
        }
    }

    /**
     * One row of Phụ lục I. A sub-row ("Trường công lập đạt chuẩn quốc gia mức độ 2", "+ Án rất nghiêm trọng…")
     * has no printed code and names its parent's position.
     *
     * @param position 1-based order in the appendix, unique even where printed codes repeat
     * @param code the number as printed, or null for a sub-row
     * @param parentPosition position of the parent row for a sub-row, otherwise null
     */
    public record IndicatorRow(int position, int line, String code, Integer parentPosition, String group, String name,
            String measureUnit, String byEndText, String yearlyText, String directingLeader, String advisingUnit,
            String note) {
    }

    /** One row of Phụ lục II, in its field (lĩnh vực). */
    public record TaskRow(int position, int line, String code, String field, String title, String period,
            String leadUnit, String coordinatingUnits, String output, String directingLeader) {
    }
}
