package vn.wardplan.notification.deadline;

import java.util.regex.Pattern;

/** A reporting period's key as task-service writes it: "2026", "2026-6M", "2026-Q3", "2026-M07" (docs/events/regimes.md). */
public final class PeriodKey {

    private static final Pattern KEY = Pattern.compile("\\d{4}(-(6M|Q[1-4]|M(0[1-9]|1[0-2])))?");

    private PeriodKey() {
    }

    public static boolean is(String text) {
        return text != null && KEY.matcher(text).matches();
    }

    /** How a notice names the period: "2026-6M" → "6 tháng đầu năm 2026", "2026" → "năm 2026", anything else → "sản phẩm". */
    public static String label(String key) {
        if (key == null) {
            return "sản phẩm";
        }
        if (key.matches("\\d{4}")) {
            return "năm " + key;
        }
        if (key.matches("\\d{4}-6M")) {
            return "6 tháng đầu năm " + key.substring(0, 4);
        }
        if (key.matches("\\d{4}-9M")) {
            return "9 tháng năm " + key.substring(0, 4);
        }
        if (key.matches("\\d{4}-Q[1-4]")) {
            return "quý " + java.util.List.of("I", "II", "III", "IV").get(key.charAt(6) - '1') + "/" + key.substring(0, 4);
        }
        if (key.matches("\\d{4}-M\\d{2}")) {
            return "tháng " + Integer.parseInt(key.substring(6)) + "/" + key.substring(0, 4);
        }
        return "sản phẩm";
    }
}
