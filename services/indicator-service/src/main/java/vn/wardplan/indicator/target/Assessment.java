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
 */
public record Assessment(AssessmentStatus status, String reason, Double achievedRate, Double neededRate,
        BigDecimal trajectoryValue) {

    static Assessment of(AssessmentStatus status, String reason) {
        return new Assessment(status, reason, null, null, null);
    }
}
