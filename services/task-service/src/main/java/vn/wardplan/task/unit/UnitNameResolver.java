package vn.wardplan.task.unit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves unit names as documents write them ("Phòng VH- XH", "BCH Quân sự phường", "các TDP", a typo) to the
 * ward's units, by the catalogue's canonical names and aliases, then by a small edit distance for typos. Generic
 * phrases ("Các đơn vị liên quan") become a visible related-units marker, never an invented unit. Pure Java.
 */
public final class UnitNameResolver {

    /** A unit of the catalogue: code, canonical name, known aliases. */
    public record CatalogueUnit(String code, String name, List<String> aliases) {
    }

    /** How one name was resolved. */
    public sealed interface Resolution {
        /** The text as written in the document. */
        String text();
    }

    /**
     * A unit of the ward. {@code how}: EXACT (the canonical name), ALIAS (a known alias), SPELLING (the same
     * letters but for case, diacritics, spacing or the word "phường"), TYPO (a few letters off).
     */
    public record Resolved(String text, String code, String how) implements Resolution {
    }

    /** "Các đơn vị liên quan" and the like: no specific unit. */
    public record RelatedUnits(String text) implements Resolution {
    }

    /** No unit of the ward has this name (e.g. an agency of the city such as "Chi cục Thuế"). */
    public record Unresolved(String text) implements Resolution {
    }

    private static final Pattern GENERIC = Pattern.compile(
            "^(cac )?(co quan|don vi)(, ?(co quan|don vi))?( lien quan| khac)?( cua phuong)?$");
    private static final int MAX_TYPO_DISTANCE = 2;

    private final Map<String, Resolved> byKey = new HashMap<>();

    public UnitNameResolver(List<CatalogueUnit> catalogue) {
        for (CatalogueUnit unit : catalogue) {
            byKey.put(key(unit.name()), new Resolved(unit.name(), unit.code(), "EXACT"));
            for (String alias : unit.aliases()) {
                byKey.putIfAbsent(key(alias), new Resolved(alias, unit.code(), "ALIAS"));
            }
        }
    }

    /** Resolves a cell that may list several units ("Công an phường; các Tổ dân phố"). */
    public List<Resolution> resolveAll(String cell) {
        List<Resolution> resolutions = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return resolutions;
        }
        for (String part : cell.split(";")) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            Resolution whole = resolve(text);
            if (!(whole instanceof Unresolved) || !text.contains(",")) {
                resolutions.add(whole);
                continue;
            }
            // "Phòng Kinh tế, Hạ tầng và Đô thị" has a comma of its own; only split when every piece resolves.
            List<Resolution> pieces = new ArrayList<>();
            for (String piece : text.split(",")) {
                pieces.add(resolve(piece.strip()));
            }
            if (pieces.stream().noneMatch(Unresolved.class::isInstance)) {
                resolutions.addAll(pieces);
            } else {
                resolutions.add(whole);
            }
        }
        return resolutions;
    }

    /** Resolves one unit name. */
    public Resolution resolve(String text) {
        String key = key(text);
        if (GENERIC.matcher(key).matches()) {
            return new RelatedUnits(text);
        }
        Resolved known = byKey.get(key);
        if (known != null) {
            boolean verbatim = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).equalsIgnoreCase(known.text());
            return new Resolved(text, known.code(), verbatim ? known.how() : "SPELLING");
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : byKey.keySet()) {
            int distance = distance(key, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= MAX_TYPO_DISTANCE && key.length() > 8) {
            return new Resolved(text, byKey.get(best).code(), "TYPO");
        }
        return new Unresolved(text);
    }

    /** Lower case, no diacritics (đ → d), single spaces, without a trailing "phường" and without "-" spacing. */
    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        plain = plain.replaceAll("\\s*-\\s*", "-").replaceAll("\\s*&\\s*", "&").replaceAll("\\s+", " ").strip();
        return plain.replaceFirst(" phuong$", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
