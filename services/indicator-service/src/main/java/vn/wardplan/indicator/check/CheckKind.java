package vn.wardplan.indicator.check;

/** The value checks a value passes before the ward office trusts it (docs/domain/value-checks.md). */
public enum CheckKind {
    /** A percentage of a whole (a share, a rate of coverage) outside 0–100. */
    PERCENT_RANGE,
    /** A count (households, people, enterprises) below zero. */
    NEGATIVE_COUNT,
    /** A value that moved against the indicator's direction: "Giảm hàng năm" and it rose on the year before. */
    AGAINST_DIRECTION,
    /** A jump from the same period of the year before beyond the threshold (a share of the earlier value). */
    JUMP,
    /** An annual value far from the year's 6-month estimate (beyond the threshold, a share of the estimate). */
    ESTIMATE_GAP,
    /** A value of the plan's first year already beyond the target for the end of the plan. */
    BEYOND_END_TARGET
}
