package vn.wardplan.indicator.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.wardplan.indicator.target.TargetSpec;

/** Each value check at its boundary: it trips just beyond it, and not at it. */
class ValueChecksTest {

    static final TargetSpec FLOOR_97_5 = new TargetSpec("FLOOR", null, null, new BigDecimal("97.5"), true, null, "Trên 97,5");
    static final TargetSpec DECREASE = new TargetSpec("DECREASE_EVERY_YEAR", null, null, null, null, null, "Giảm hàng năm");
    static final TargetSpec GROWTH = new TargetSpec("GROWTH_RANGE", new BigDecimal("14"), new BigDecimal("15"), null, null, null, "14 - 15");
    static final TargetSpec BY_2030_76 = new TargetSpec("VALUE_BY_YEAR", null, null, new BigDecimal("76"), null, 2030, "76");

    static final ValueChecks.Subject INSURANCE = new ValueChecks.Subject("%", FLOOR_97_5, null, 2026);
    static final ValueChecks.Subject POOR_HOUSEHOLDS = new ValueChecks.Subject("%", DECREASE, null, 2026);
    static final ValueChecks.Subject GRDP = new ValueChecks.Subject("%", GROWTH, null, 2026);
    static final ValueChecks.Subject SCHOOLS = new ValueChecks.Subject("%", BY_2030_76, null, 2026);
    static final ValueChecks.Subject FIRMS = new ValueChecks.Subject("Doanh nghiệp", null, null, 2026);
    static final ValueChecks.Around NOTHING = new ValueChecks.Around(null, null);

    static List<CheckKind> tripped(ValueChecks.Subject s, int year, boolean annual, String value, ValueChecks.Around around) {
        return ValueChecks.run(s, ValueChecks.defaults(s), year, annual, new BigDecimal(value), around).stream()
                .map(ValueChecks.Tripped::kind).toList();
    }

    static ValueChecks.Around before(String value) {
        return new ValueChecks.Around(new BigDecimal(value), null);
    }

    @Test
    void aPercentageTripsOutsideZeroToHundredOnly() {
        assertThat(tripped(INSURANCE, 2027, true, "100", NOTHING)).doesNotContain(CheckKind.PERCENT_RANGE);
        assertThat(tripped(INSURANCE, 2027, true, "100.01", NOTHING)).contains(CheckKind.PERCENT_RANGE);
        assertThat(tripped(INSURANCE, 2027, true, "150", NOTHING)).contains(CheckKind.PERCENT_RANGE);
        assertThat(tripped(INSURANCE, 2027, true, "0", NOTHING)).doesNotContain(CheckKind.PERCENT_RANGE);
        assertThat(tripped(INSURANCE, 2027, true, "-0.01", NOTHING)).contains(CheckKind.PERCENT_RANGE);
        // A growth rate is a percentage too, but of change: 112 % or −3 % are possible.
        assertThat(ValueChecks.defaults(GRDP)).doesNotContainKey(CheckKind.PERCENT_RANGE);
    }

    @Test
    void aCountTripsBelowZeroOnly() {
        assertThat(tripped(FIRMS, 2027, true, "0", NOTHING)).doesNotContain(CheckKind.NEGATIVE_COUNT);
        assertThat(tripped(FIRMS, 2027, true, "-1", NOTHING)).contains(CheckKind.NEGATIVE_COUNT);
        assertThat(ValueChecks.defaults(INSURANCE)).doesNotContainKey(CheckKind.NEGATIVE_COUNT);
    }

    @Test
    void anIndicatorMeantToFallTripsWhenItRoseNotWhenItHeld() {
        assertThat(tripped(POOR_HOUSEHOLDS, 2027, true, "2.1", before("2.1"))).doesNotContain(CheckKind.AGAINST_DIRECTION);
        assertThat(tripped(POOR_HOUSEHOLDS, 2027, true, "2.11", before("2.1"))).contains(CheckKind.AGAINST_DIRECTION);
        assertThat(tripped(POOR_HOUSEHOLDS, 2027, true, "1.9", before("2.1"))).doesNotContain(CheckKind.AGAINST_DIRECTION);
        // A level to hold may dip: off by default, on when the office switches it on.
        assertThat(ValueChecks.defaults(INSURANCE).get(CheckKind.AGAINST_DIRECTION).enabled()).isFalse();
    }

    @Test
    void aJumpTripsBeyondThirtyPercentOfTheYearBeforeNotAtIt() {
        assertThat(tripped(INSURANCE, 2027, true, "65", before("50"))).doesNotContain(CheckKind.JUMP);
        assertThat(tripped(INSURANCE, 2027, true, "65.01", before("50"))).contains(CheckKind.JUMP);
        assertThat(tripped(INSURANCE, 2027, true, "35", before("50"))).doesNotContain(CheckKind.JUMP);
        assertThat(tripped(INSURANCE, 2027, true, "34.99", before("50"))).contains(CheckKind.JUMP);
        // The office's own threshold.
        Map<CheckKind, CheckSettings.Setting> wider = new CheckSettings("x", "w", "c",
                Map.of(CheckKind.JUMP, new CheckSettings.Setting(true, new BigDecimal("0.5"))), "o", null, null, null)
                .over(ValueChecks.defaults(INSURANCE));
        assertThat(ValueChecks.run(INSURANCE, wider, 2027, true, new BigDecimal("74"), before("50"))).isEmpty();
        assertThat(ValueChecks.run(INSURANCE, wider, 2027, true, new BigDecimal("75.01"), before("50")))
                .extracting(ValueChecks.Tripped::kind).containsExactly(CheckKind.JUMP);
    }

    @Test
    void anAnnualValueFarFromItsSixMonthEstimateTripsBeyondTwentyPercent() {
        ValueChecks.Around estimate = new ValueChecks.Around(null, new BigDecimal("80"));
        assertThat(tripped(INSURANCE, 2027, true, "96", estimate)).doesNotContain(CheckKind.ESTIMATE_GAP);
        assertThat(tripped(INSURANCE, 2027, true, "96.01", estimate)).contains(CheckKind.ESTIMATE_GAP);
        assertThat(tripped(INSURANCE, 2027, true, "64", estimate)).doesNotContain(CheckKind.ESTIMATE_GAP);
        assertThat(tripped(INSURANCE, 2027, true, "63.99", estimate)).contains(CheckKind.ESTIMATE_GAP);
        // The estimate itself is not compared with itself.
        assertThat(tripped(INSURANCE, 2027, false, "96.01", estimate)).doesNotContain(CheckKind.ESTIMATE_GAP);
    }

    @Test
    void aFirstYearValueAlreadyBeyondTheEndTargetTripsInTheFirstYearOnly() {
        assertThat(tripped(SCHOOLS, 2026, true, "76", NOTHING)).doesNotContain(CheckKind.BEYOND_END_TARGET);
        assertThat(tripped(SCHOOLS, 2026, true, "76.01", NOTHING)).contains(CheckKind.BEYOND_END_TARGET);
        assertThat(tripped(SCHOOLS, 2027, true, "80", NOTHING)).doesNotContain(CheckKind.BEYOND_END_TARGET);
    }

    @Test
    void aCheckSwitchedOffTripsNothingAndTheMessageSaysWhatItSaw() {
        Map<CheckKind, CheckSettings.Setting> off = new CheckSettings("x", "w", "c",
                Map.of(CheckKind.PERCENT_RANGE, new CheckSettings.Setting(false, null)), "o", null, null, null)
                .over(ValueChecks.defaults(INSURANCE));
        assertThat(ValueChecks.run(INSURANCE, off, 2027, true, new BigDecimal("150"), NOTHING)).isEmpty();
        assertThat(ValueChecks.run(INSURANCE, ValueChecks.defaults(INSURANCE), 2027, true, new BigDecimal("150"), NOTHING))
                .singleElement().satisfies(t -> assertThat(t.message()).isEqualTo("Tỷ lệ 150 % nằm ngoài khoảng 0–100 %."));
        assertThat(ValueChecks.run(INSURANCE, ValueChecks.defaults(INSURANCE), 2027, true, new BigDecimal("65.5"), before("50")))
                .singleElement().satisfies(t -> assertThat(t.message()).contains("31 %", "50 → 65,5", "vượt ngưỡng 30 %"));
    }
}
