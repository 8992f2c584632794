package vn.wardplan.indicator.period;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period an indicator's value is given for: a year ("2026"), a quarter ("2026-Q3"), the first six months
 * ("2026-6M", the estimate a year is judged on until its annual value is approved) or nine months ("2026-9M").
 * Read from its key once, here; every rule asks this type instead of parsing the key again.
 */
public record Period(int year, Part part) {

    /** Which part of the year; {@code YEAR} for the whole year. */
    public enum Part {
        YEAR(""), Q1("-Q1"), Q2("-Q2"), Q3("-Q3"), Q4("-Q4"), HALF_YEAR("-6M"), NINE_MONTHS("-9M");

        private final String suffix;

        Part(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final Pattern KEY = Pattern.compile("^(\\d{4})(?:-(Q[1-4]|6M|9M))?$");

    /** The period of a key, or empty when the key is not one. */
    public static Optional<Period> of(String key) {
        Matcher m = key == null ? null : KEY.matcher(key);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Part part = switch (m.group(2) == null ? "" : m.group(2)) {
            case "" -> Part.YEAR;
            case "6M" -> Part.HALF_YEAR;
            case "9M" -> Part.NINE_MONTHS;
            default -> Part.valueOf(m.group(2));
        };
        return Optional.of(new Period(Integer.parseInt(m.group(1)), part));
    }

    public boolean annual() {
        return part == Part.YEAR;
    }

    /** A year's value or its six-month estimate: the periods a year is judged on. */
    public boolean judgesTheYear() {
        return part == Part.YEAR || part == Part.HALF_YEAR;
    }

    /** The same part of the year before ("2025-6M" for "2026-6M"). */
    public Period yearBefore() {
        return new Period(year - 1, part);
    }

    /** The key, as stored and sent ("2026", "2026-6M"). */
    public String key() {
        return year + part.suffix;
    }

    @Override
    public String toString() {
        return key();
    }
}
