package vn.wardplan.indicator.target;

import java.math.BigDecimal;

/**
 * What an indicator must reach, typed from the words of the plan (product brief, section 4). Every kind keeps
 * the text it was read from, so the person always sees the plan's own wording.
 */
sealed interface Target {

    /** The wording in the plan, e.g. "Tối thiểu 99,5". */
    String text();

    /** "14 - 15" %/năm: the compound average yearly growth must lie in the range (a single "10" is 10 - 10). */
    record GrowthRange(BigDecimal low, BigDecimal high, String text) implements Target {
    }

    /** "Tối thiểu 99,5", "75% trở lên", "100" every year: at least the value; "Trên 97,5": strictly above. */
    record Floor(BigDecimal value, boolean strict, String text) implements Target {
    }

    /** "Dưới 1", "Không quá 5" every year: at most the value; "Dưới": strictly below. */
    record Ceiling(BigDecimal value, boolean strict, String text) implements Target {
    }

    /** "76" by 2030, "0,5" by 2030: reach the value by the year, on a straight trajectory from the baseline. */
    record ValueByYear(BigDecimal value, int year, String text) implements Target {
    }

    /** "Giảm hàng năm": lower than the year before, every year. */
    record DecreaseEveryYear(String text) implements Target {
    }

    /** "Duy trì": keep a state or title every year (value 1 = kept, 0 = lost). */
    record Maintain(String text) implements Target {
    }

    /** "Đạt": obtain a title by the year (value 1 = obtained). */
    record Achieve(int year, String text) implements Target {
    }
}
