package vn.wardplan.indicator.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Every target kind at and around its boundaries. */
class AssessorTest {

    static NavigableMap<Integer, BigDecimal> values(Object... yearAndValue) {
        NavigableMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < yearAndValue.length; i += 2) {
            map.put((Integer) yearAndValue[i], new BigDecimal(yearAndValue[i + 1].toString()));
        }
        return map;
    }

    static Assessment assess(Target target, Baseline baseline, NavigableMap<Integer, BigDecimal> values, int year) {
        return Assessor.assess(target, baseline, values, 2030, year);
    }

    static final Target.Floor AT_LEAST_99_5 = new Target.Floor(new BigDecimal("99.5"), false, "Tối thiểu 99,5");
    static final Target.Floor ABOVE_97_5 = new Target.Floor(new BigDecimal("97.5"), true, "Trên 97,5");
    static final Target.GrowthRange GRDP = new Target.GrowthRange(new BigDecimal("14"), new BigDecimal("15"), "14 - 15");
    static final Baseline GRDP_2025 = new Baseline(2025, new BigDecimal("100"));

    @Test
    void anInclusiveFloorIsMetExactlyAtItsValue() {
        assertThat(assess(AT_LEAST_99_5, null, values(2026, "99.5"), 2026).status()).isEqualTo(AssessmentStatus.ACHIEVED);
        assertThat(assess(AT_LEAST_99_5, null, values(2026, "99.49"), 2026).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(assess(AT_LEAST_99_5, null, values(2026, "99.5"), 2026).reason()).isEqualTo("Đạt 99,5 (yêu cầu tối thiểu 99,5).");
        // A floor missed says so: never "Đạt 99,49 (yêu cầu tối thiểu 99,5)" beside "Không đạt".
        assertThat(assess(AT_LEAST_99_5, null, values(2026, "99.49"), 2026).reason()).isEqualTo("Chưa đạt: 99,49 (yêu cầu tối thiểu 99,5).");
        assertThat(assess(ABOVE_97_5, null, values(2026, "96.5"), 2026).reason()).isEqualTo("Chưa đạt: 96,5 (yêu cầu trên 97,5).");
        // The same in English for officials who read the platform in English.
        assertThat(assess(ABOVE_97_5, null, values(2026, "96.5"), 2026).reasonEn()).isEqualTo("Not met: 96.5 (required above 97.5).");
        assertThat(assess(GRDP, GRDP_2025, values(2026, "112"), 2026).reasonEn())
                .isEqualTo("Average growth of 12 %/year over 2025–2026 (target 14–15 %/year); the remaining years need 14.5 %/year to reach 14 %.");
    }

    @Test
    void aStrictFloorIsNotMetAtItsValue() {
        assertThat(assess(ABOVE_97_5, null, values(2026, "97.5"), 2026).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(assess(ABOVE_97_5, null, values(2026, "97.51"), 2026).status()).isEqualTo(AssessmentStatus.ACHIEVED);
    }

    @Test
    void growthInsideTheBandIsOnTrack() {
        Assessment a = assess(GRDP, GRDP_2025, values(2026, "114"), 2026);

        assertThat(a.status()).isEqualTo(AssessmentStatus.ON_TRACK);
        assertThat(a.achievedRate()).isEqualTo(14.0);
        assertThat(a.neededRate()).isEqualTo(14.0);
    }

    @Test
    void growthBehindButRecoverableInsideTheBandIsAtRisk() {
        Assessment a = assess(GRDP, GRDP_2025, values(2026, "112"), 2026);

        assertThat(a.status()).isEqualTo(AssessmentStatus.AT_RISK);
        assertThat(a.neededRate()).isEqualTo(14.5);
        assertThat(a.reason()).contains("Tăng bình quân 12 %/năm giai đoạn 2025 - 2026", "cần đạt 14,5 %/năm trong các năm còn lại");
    }

    @Test
    void growthThatNeedsMoreThanTheTopOfTheBandIsOffTrack() {
        Assessment a = assess(GRDP, GRDP_2025, values(2026, "110"), 2026);

        assertThat(a.status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(a.neededRate()).isEqualTo(15.0);
        assertThat(a.neededRate()).isGreaterThan(a.achievedRate());
    }

    @Test
    void growthAtTheEndOfThePlanIsAchievedOrNot() {
        BigDecimal exactly = new BigDecimal("100").multiply(new BigDecimal("1.14").pow(5));
        NavigableMap<Integer, BigDecimal> end = values();
        end.put(2030, exactly);
        assertThat(assess(GRDP, GRDP_2025, end, 2030).status()).isEqualTo(AssessmentStatus.ACHIEVED);
        end.put(2030, exactly.subtract(BigDecimal.ONE));
        assertThat(assess(GRDP, GRDP_2025, end, 2030).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
    }

    @Test
    void growthWithoutABaselineCannotBeJudged() {
        assertThat(assess(GRDP, null, values(2026, "114"), 2026).status()).isEqualTo(AssessmentStatus.NO_DATA);
    }

    @Test
    void aValueByYearFollowsAStraightTrajectoryFromTheBaseline() {
        Target.ValueByYear schools = new Target.ValueByYear(new BigDecimal("76"), 2030, "76");
        Baseline base = new Baseline(2025, new BigDecimal("50"));

        Assessment onTrack = assess(schools, base, values(2026, "55.2"), 2026);
        assertThat(onTrack.status()).isEqualTo(AssessmentStatus.ON_TRACK);
        assertThat(onTrack.trajectoryValue()).isEqualByComparingTo("55.2");
        assertThat(assess(schools, base, values(2026, "52.6"), 2026).status()).isEqualTo(AssessmentStatus.AT_RISK);
        assertThat(assess(schools, base, values(2026, "52.5"), 2026).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(assess(schools, base, values(2030, "76"), 2030).status()).isEqualTo(AssessmentStatus.ACHIEVED);
        assertThat(assess(schools, base, values(2030, "75.9"), 2030).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
    }

    @Test
    void aDecreasingValueByYearMustComeDown() {
        Target.ValueByYear nearPoor = new Target.ValueByYear(new BigDecimal("0.5"), 2030, "0,5");
        Baseline base = new Baseline(2025, new BigDecimal("1.5"));

        assertThat(assess(nearPoor, base, values(2026, "1.3"), 2026).status()).isEqualTo(AssessmentStatus.ON_TRACK);
        assertThat(assess(nearPoor, base, values(2026, "1.5"), 2026).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(assess(nearPoor, base, values(2030, "0.5"), 2030).status()).isEqualTo(AssessmentStatus.ACHIEVED);
    }

    @Test
    void decreaseEveryYearComparesWithTheYearBefore() {
        Target.DecreaseEveryYear poor = new Target.DecreaseEveryYear("Giảm hàng năm");
        Baseline base = new Baseline(2025, new BigDecimal("2.0"));

        assertThat(assess(poor, base, values(2026, "1.8"), 2026).status()).isEqualTo(AssessmentStatus.ACHIEVED);
        assertThat(assess(poor, base, values(2026, "1.8", 2027, "1.8"), 2027).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(assess(poor, null, values(2027, "1.7"), 2027).status()).isEqualTo(AssessmentStatus.NO_DATA);
    }

    @Test
    void maintainAndAchieve() {
        Target.Maintain drugFree = new Target.Maintain("Duy trì");
        Target.Achieve civilised = new Target.Achieve(2030, "Đạt");

        assertThat(assess(drugFree, null, values(2026, "1"), 2026).status()).isEqualTo(AssessmentStatus.ACHIEVED);
        assertThat(assess(drugFree, null, values(2026, "0"), 2026).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(assess(civilised, null, values(2027, "0"), 2027).status()).isEqualTo(AssessmentStatus.ON_TRACK);
        assertThat(assess(civilised, null, values(2030, "0"), 2030).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(assess(civilised, null, values(2028, "1"), 2028).status()).isEqualTo(AssessmentStatus.ACHIEVED);
    }

    @Test
    void aYearWithoutAValueHasNoData() {
        assertThat(assess(AT_LEAST_99_5, null, values(2026, "99.9"), 2027))
                .extracting(Assessment::status, Assessment::reason)
                .containsExactly(AssessmentStatus.NO_DATA, "Chưa có số liệu năm 2027.");
    }

    @Test
    void aCeilingIsMetAtItsValueUnlessTheTextSaysBelow() {
        Target.Ceiling atMost5 = new Target.Ceiling(new BigDecimal("5"), false, "Không quá 5");
        Target.Ceiling below1 = new Target.Ceiling(BigDecimal.ONE, true, "Dưới 1");

        assertThat(assess(atMost5, null, values(2026, "5"), 2026).status()).isEqualTo(AssessmentStatus.ACHIEVED);
        assertThat(assess(atMost5, null, values(2026, "5.01"), 2026).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(assess(below1, null, values(2026, "0.99"), 2026).status()).isEqualTo(AssessmentStatus.ACHIEVED);
        assertThat(assess(below1, null, values(2026, "1"), 2026).status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(assess(below1, null, values(2026, "1"), 2026).reason()).isEqualTo("Chưa đạt: 1 (yêu cầu dưới 1).");
    }

    @Test
    void aYearlyRuleAndAnEndValueAreJudgedTogetherTheWorseCounts() {
        Target decrease = new Target.DecreaseEveryYear("Giảm hàng năm");
        Target zeroBy2030 = new Target.ValueByYear(BigDecimal.ZERO, 2030, "0");
        Baseline poor2025 = new Baseline(2025, new BigDecimal("5"));

        // 5 → 4,9: lower than the year before, but far behind the straight path to 0 by 2030 (4 in 2026).
        Assessment slow = Assessor.assessBoth(decrease, zeroBy2030, poor2025, values(2026, "4.9"), 2030, 2026);
        assertThat(slow.status()).isEqualTo(AssessmentStatus.OFF_TRACK);
        assertThat(slow.reason()).startsWith("Giảm so với năm trước").contains("Mức đến năm 2030:");
        assertThat(Assessor.assessBoth(decrease, zeroBy2030, poor2025, values(2026, "4"), 2030, 2026).status())
                .isEqualTo(AssessmentStatus.ON_TRACK);
        // Without a baseline the end value cannot be judged yet: the yearly rule alone decides.
        assertThat(Assessor.assessBoth(decrease, zeroBy2030, null, values(2026, "4.9", 2027, "4.5"), 2030, 2027).status())
                .isEqualTo(AssessmentStatus.ACHIEVED);
        assertThat(Assessor.assessBoth(decrease, null, poor2025, values(2026, "4.9"), 2030, 2026).reason())
                .doesNotContain("Mức đến năm");
    }

    @Test
    void numbersInReasonsAreWrittenTheVietnameseWay() {
        assertThat(VietnameseNumbers.format(16.24)).isEqualTo("16,2");
        assertThat(VietnameseNumbers.format(100)).isEqualTo("100");
    }
}
