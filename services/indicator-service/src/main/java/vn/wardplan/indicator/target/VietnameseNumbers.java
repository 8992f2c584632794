package vn.wardplan.indicator.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Vietnamese documents write them: decimal comma ("99,5"), dot or space for thousands. */
public final class VietnameseNumbers {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private VietnameseNumbers() {
    }

    /** "99,5" → 99.5; "1.234,5" → 1234.5; "14" → 14. */
    public static BigDecimal parse(String text) {
        String digits = text.strip().replace("\u00a0", "").replace(" ", "");
        if (digits.contains(",")) {
            digits = digits.replace(".", "").replace(',', '.');
        } else if (digits.matches("\\d{1,3}(\\.\\d{3})+")) {
            digits = digits.replace(".", "");
        }
        return new BigDecimal(digits);
    }

    /** 16.2 → "16,2"; 100 → "100"; at most one decimal place, as the plan writes its targets. */
    public static String format(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(VI));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
