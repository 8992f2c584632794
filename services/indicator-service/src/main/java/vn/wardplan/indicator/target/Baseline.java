package vn.wardplan.indicator.target;

import java.math.BigDecimal;

/** The value an indicator had in the year before the plan (năm gốc), e.g. 2025. */
public record Baseline(int year, BigDecimal value) {
}
