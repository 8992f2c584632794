package vn.wardplan.platform.calendar;

import java.time.LocalDate;

/** A day on which the ward's offices are closed, with its Vietnamese name and where the rule comes from. */
public record DayOff(LocalDate date, String name, Source source) {

    /** Where a day off comes from. */
    public enum Source {
        /** Bộ luật Lao động 2019, Điều 112. */
        LAW,
        /** A holiday on a weekend moves to the next working day (Điều 111, khoản 3). */
        COMPENSATORY,
        /** Announced for the year and entered by the ward (a swapped day, an extra day off). */
        ANNOUNCED
    }
}
