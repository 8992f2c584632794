package vn.wardplan.task.unit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves unit names as documents write them ("P. KT, HT&ĐT", "Phòng VHXH", "Ban CHQS xã", "các TDP", a typo) to
 * the ward's units by meaning: the words of each name with case, diacritics, punctuation, "&" / "và" and the ward's
 * kind set aside and the usual abbreviations expanded ({@link UnitWords}), then the words of a shorter form ("Phòng
 * Kinh tế", "BQL dự án") found in exactly one unit's name, then a small edit distance for typos. A ward's own aliases
 * (what its office mapped) count like names. Generic phrases ("Các đơn vị liên quan", "các phòng, ban") become a
 * visible related-units marker, never an invented unit. Pure Java.
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
     * A unit of the ward. {@code how}: EXACT (the canonical name), ALIAS (a known alias), SPELLING (the same words
     * but for case, diacritics, punctuation, abbreviations or the ward's kind), SHORT_FORM (its words are found in
     * this unit's name and no other's), TYPO (a few letters off).
     */
    public record Resolved(String text, String code, String how) implements Resolution {
    }

    /** "Các đơn vị liên quan" and the like: no specific unit. */
    public record RelatedUnits(String text) implements Resolution {
    }

    /**
     * No unit of the ward has this name (e.g. an agency of the city such as "Chi cục Thuế"); {@code candidates} are
     * the codes of the units it could equally be, when a short form fits several.
     */
    public record Unresolved(String text, List<String> candidates) implements Resolution {
        public Unresolved(String text) {
            this(text, List.of());
        }
    }

    private static final Set<String> GENERIC_WORDS = Set.of("co", "quan", "don", "vi", "phong", "ban", "nganh", "to", "chuc",
            "doan", "the", "lien", "khac", "chuyen", "mon", "chinh", "tri", "xa", "hoi", "dia", "tren", "tham", "gia");
    private static final Pattern GENERIC_START = Pattern.compile("^(cac |nhung )?(co quan|don vi|phong|ban|nganh|to chuc|doan the)\\b");
    private static final int MAX_TYPO_DISTANCE = 2;

    /** One way of naming a unit: the code, the written form, and whether it is the canonical name. */
    private record Name(String code, String written, boolean canonical, String key, List<String> words) {
    }

    private final List<Name> names = new ArrayList<>();
    private final Map<String, Name> byKey = new HashMap<>();
    private final Map<String, Name> byWords = new HashMap<>();

    public UnitNameResolver(List<CatalogueUnit> catalogue) {
        for (CatalogueUnit unit : catalogue) {
            add(new Name(unit.code(), unit.name(), true, key(unit.name()), UnitWords.of(unit.name())));
        }
        for (CatalogueUnit unit : catalogue) {
            for (String alias : unit.aliases()) {
                add(new Name(unit.code(), alias, false, key(alias), UnitWords.of(alias)));
            }
        }
    }

    private void add(Name name) {
        names.add(name);
        byKey.putIfAbsent(name.key(), name);
        byWords.putIfAbsent(sorted(name.words()), name);
    }

    /** Resolves a cell that may list several units ("Công an phường; các Tổ dân phố", "Phòng VH-XH và Trạm Y tế"). */
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
            if (!(whole instanceof Unresolved) || !(text.contains(",") || text.contains(" và "))) {
                resolutions.add(whole);
                continue;
            }
            // "Phòng Kinh tế, Hạ tầng và Đô thị" has a comma and a "và" of its own: split only when every piece resolves.
            List<Resolution> pieces = new ArrayList<>();
            for (String piece : text.split(",|\\s+và\\s+")) {
                if (!piece.isBlank()) {
                    pieces.add(resolve(piece.strip()));
                }
            }
            if (pieces.size() > 1 && pieces.stream().noneMatch(Unresolved.class::isInstance)) {
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
        List<String> words = UnitWords.of(text);
        if (generic(key, words)) {
            return new RelatedUnits(text);
        }
        Name known = byKey.get(key);
        if (known != null) {
            String written = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
            boolean verbatim = written.equalsIgnoreCase(known.written());
            return new Resolved(text, known.code(), verbatim ? (known.canonical() ? "EXACT" : "ALIAS") : "SPELLING");
        }
        Name same = byWords.get(sorted(words));
        if (same != null && !words.isEmpty()) {
            return new Resolved(text, same.code(), "SPELLING");
        }
        String typo = typo(key, String.join(" ", words));
        if (typo != null) {
            return new Resolved(text, typo, "TYPO");
        }
        Set<String> containing = new LinkedHashSet<>();
        if (UnitWords.distinctive(words)) {
            for (Name name : names) {
                if (name.words().containsAll(words)) {
                    containing.add(name.code());
                }
            }
            if (containing.size() == 1) {
                return new Resolved(text, containing.iterator().next(), "SHORT_FORM");
            }
        }
        return new Unresolved(text, List.copyOf(containing));
    }

    /** The one unit whose name is a few letters off, as written or as words; none when two are equally near. */
    private String typo(String key, String words) {
        Map<String, Integer> nearest = new LinkedHashMap<>();
        for (Name name : names) {
            int distance = Math.min(key.length() > 8 ? distance(key, name.key()) : Integer.MAX_VALUE,
                    words.length() > 8 ? distance(words, String.join(" ", name.words())) : Integer.MAX_VALUE);
            if (distance <= MAX_TYPO_DISTANCE) {
                nearest.merge(name.code(), distance, Math::min);
            }
        }
        if (nearest.isEmpty()) {
            return null;
        }
        int best = nearest.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        List<String> codes = nearest.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return codes.size() == 1 ? codes.getFirst() : null;
    }

    /** "Các cơ quan, đơn vị liên quan", "các phòng, ban", "Các ngành liên quan": made only of generic words. */
    private static boolean generic(String key, List<String> words) {
        String folded = UnitWords.fold(key);
        boolean plural = folded.startsWith("cac ") || folded.startsWith("nhung ") || folded.contains("lien quan")
                || folded.contains(" khac") || folded.contains(",");
        return plural && GENERIC_START.matcher(folded).find() && !words.isEmpty() && GENERIC_WORDS.containsAll(words);
    }

    private static String sorted(List<String> words) {
        return words.stream().sorted().reduce((a, b) -> a + " " + b).orElse("");
    }

    /** Lower case, no diacritics (đ → d), single spaces, without a trailing "phường" and without "-" spacing. */
    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        plain = plain.replaceAll("\\s*-\\s*", "-").replaceAll("\\s*&\\s*", "&").replaceAll("\\s+", " ").strip();
        return plain.replaceFirst(" (phuong|xa|dac khu)$", "");
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_TYPO_DISTANCE) {
            return Integer.MAX_VALUE;
        }
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
