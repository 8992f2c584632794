package vn.wardplan.indicator.target;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers written the Vietnamese way in reasons: decimal comma ("99,5"), dot for thousands. */
public final class VietnameseNumbers {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private VietnameseNumbers() {
    }

    /** 16.2 → "16,2"; 100 → "100"; at most one decimal place, as the plan writes its targets. */
    public static String format(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(VI));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A measured value as entered, to two decimals: 99,49 stays 99,49 beside a floor of 99,5. */
    public static String formatValue(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VI));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A number the English way (99.5), for the English reason beside the Vietnamese one. */
    public static String english(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 1 ? "#,##0.#" : "#,##0.##", DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
