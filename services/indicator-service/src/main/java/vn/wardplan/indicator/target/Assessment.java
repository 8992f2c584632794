package vn.wardplan.indicator.target;

import java.math.BigDecimal;

/**
 * The assessment of one indicator for one year, with the reason in words an official reads in the report.
 *
 * @param status where the indicator stands
 * @param reason why, in Vietnamese, numbers written the Vietnamese way
 * @param achievedRate for growth targets, the compound average yearly growth since the baseline, in %
 * @param neededRate for growth targets, the yearly growth the remaining years need to reach the target, in %
 * @param trajectoryValue for "by year" targets, where the straight path from the baseline stands this year
 * @param basis the period whose value the year was judged on: the year ("2026"), or its 6-month estimate ("2026-6M")
 *        while the annual value is not approved yet; null without a value
 * @param reasonEn the same reason in English, for officials who read the platform in English
 */
public record Assessment(AssessmentStatus status, String reason, Double achievedRate, Double neededRate,
        BigDecimal trajectoryValue, String basis, String reasonEn) {

    public Assessment(AssessmentStatus status, String reason, Double achievedRate, Double neededRate, BigDecimal trajectoryValue,
            String reasonEn) {
        this(status, reason, achievedRate, neededRate, trajectoryValue, null, reasonEn);
    }

    /** The same assessment, saying which period's value it used (and so in both languages). */
    public Assessment basedOn(String period, String reasonPrefix, String reasonPrefixEn) {
        return new Assessment(status, reasonPrefix == null ? reason : reasonPrefix + reason, achievedRate, neededRate, trajectoryValue,
                period, reasonPrefixEn == null || reasonEn == null ? reasonEn : reasonPrefixEn + reasonEn);
    }

    /** The same assessment with words added after the reason (in both languages). */
    public Assessment withNote(String note, String noteEn) {
        return new Assessment(status, reason + note, achievedRate, neededRate, trajectoryValue, basis,
                reasonEn == null ? null : reasonEn + noteEn);
    }

    static Assessment of(AssessmentStatus status, String reason, String reasonEn) {
        return new Assessment(status, reason, null, null, null, reasonEn);
    }
}
