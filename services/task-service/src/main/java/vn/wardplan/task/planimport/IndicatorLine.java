package vn.wardplan.task.planimport;

import vn.wardplan.task.task.UnitRef;

/**
 * One indicator row of Phụ lục I as imported: the wording kept as written, the advising unit resolved. Its key
 * is stable across re-imports: the printed code, "_2" for a repeated code, ".1" for the first sub-row.
 */
public record IndicatorLine(String key, int position, String code, String parentKey, String group, String name,
        String measureUnit, String byEndText, String yearlyText, String directingLeader, UnitRef advisingUnit,
        String note) {

    IndicatorLine withAdvisingUnit(UnitRef unit) {
        return new IndicatorLine(key, position, code, parentKey, group, name, measureUnit, byEndText, yearlyText, directingLeader,
                unit, note);
    }
}
