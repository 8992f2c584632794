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
}
