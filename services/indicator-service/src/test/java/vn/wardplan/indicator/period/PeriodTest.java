package vn.wardplan.indicator.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsTheKeysValuesAreGivenFor() {
        assertThat(Period.of("2026")).contains(new Period(2026, Period.Part.YEAR));
        assertThat(Period.of("2026-Q3")).contains(new Period(2026, Period.Part.Q3));
        assertThat(Period.of("2026-6M")).contains(new Period(2026, Period.Part.HALF_YEAR));
        assertThat(Period.of("2026-9M")).contains(new Period(2026, Period.Part.NINE_MONTHS));
        assertThat(Period.of("2026-6M").orElseThrow().key()).isEqualTo("2026-6M");
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        assertThat(Period.of("2026-Q5")).isEmpty();
        assertThat(Period.of("2026-6m")).isEmpty();
        assertThat(Period.of("26")).isEmpty();
        assertThat(Period.of("2026-M07")).as("months are the regime's, not an indicator's").isEmpty();
        assertThat(Period.of(null)).isEmpty();
    }

    @Test
    void aYearIsJudgedOnItsValueOrItsSixMonthEstimate() {
        assertThat(Period.of("2026").orElseThrow().judgesTheYear()).isTrue();
        assertThat(Period.of("2026-6M").orElseThrow().judgesTheYear()).isTrue();
        assertThat(Period.of("2026-Q2").orElseThrow().judgesTheYear()).isFalse();
        assertThat(Period.of("2026-6M").orElseThrow().yearBefore().key()).isEqualTo("2025-6M");
    }
}
