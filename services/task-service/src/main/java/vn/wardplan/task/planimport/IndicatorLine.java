package vn.wardplan.task.planimport;

import vn.wardplan.task.task.UnitRef;

/**
 * One indicator row of Phụ lục I as imported: the wording kept as written, the advising unit resolved, the target
 * typed from the wording ({@link TargetReader}; null when it could not be read, and {@code targetNote} says why). Its
 * key is stable across re-imports: the printed code, "_2" for a repeated code, ".1" for the first sub-row.
 *
 * @param endTarget a second rule for the end year, where the row states both a value by then and a yearly rule
 * @param fromBody true for a target the plan states only in its body, which the office accepted at import
 */
public record IndicatorLine(String key, int position, String code, String parentKey, String group, String name,
        String measureUnit, String byEndText, String yearlyText, String directingLeader, UnitRef advisingUnit,
        String note, PlanTarget target, PlanTarget endTarget, String targetNote, boolean fromBody) {

    /** The group body targets are listed under. */
    public static final String BODY_GROUP = "CHỈ TIÊU NÊU TRONG PHẦN NỘI DUNG KẾ HOẠCH";

    IndicatorLine withAdvisingUnit(UnitRef unit) {
        return new IndicatorLine(key, position, code, parentKey, group, name, measureUnit, byEndText, yearlyText, directingLeader,
                unit, note, target, endTarget, targetNote, fromBody);
    }

    static IndicatorLine ofBody(BodyTarget body, int position, UnitRef advisingUnit) {
        return new IndicatorLine(body.key(), position, null, null, BODY_GROUP, body.name(), body.measureUnit(), body.targetText(), "",
                null, advisingUnit, "Nêu ở phần nội dung kế hoạch, dòng " + body.line() + ": " + body.sentence(), body.target(), null,
                body.target() == null ? "Chưa đọc được mức chỉ tiêu từ câu văn; văn phòng nhập kiểu chỉ tiêu bằng tay." : null, true);
    }
}
