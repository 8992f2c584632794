package vn.wardplan.task.unit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The meaning of a unit's name as words: folded (no case, no diacritics, đ → d), punctuation and "&" dropped, the
 * usual abbreviations of Vietnamese administrative names expanded ("P. KT, HT&ĐT" → phong kinh te ha tang do thi,
 * "Ban CHQS" → ban chi huy quan su, "TT DV SNC" → trung tam dich vu su nghiep cong), and the words that do not tell
 * one unit from another removed ("các", "và", "của", the ward's kind "phường" / "xã" / "đặc khu").
 */
final class UnitWords {

    /** Abbreviations as offices write them, folded, with what they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("p", "phong"), Map.entry("vp", "van phong"), Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("ubnd", "uy ban nhan dan"), Map.entry("ub", "uy ban"), Map.entry("kt", "kinh te"),
            Map.entry("ht", "ha tang"), Map.entry("dt", "do thi"), Map.entry("ktht", "kinh te ha tang"),
            Map.entry("vh", "van hoa"), Map.entry("xh", "xa hoi"), Map.entry("vhxh", "van hoa xa hoi"),
            Map.entry("bch", "ban chi huy"), Map.entry("chqs", "chi huy quan su"), Map.entry("bchqs", "ban chi huy quan su"),
            Map.entry("qs", "quan su"), Map.entry("bql", "ban quan ly"), Map.entry("bqlda", "ban quan ly du an"),
            Map.entry("qlda", "quan ly du an"), Map.entry("da", "du an"), Map.entry("dtxd", "dau tu xay dung"),
            Map.entry("tdp", "to dan pho"), Map.entry("tt", "trung tam"), Map.entry("dv", "dich vu"),
            Map.entry("snc", "su nghiep cong"), Map.entry("dvsnc", "dich vu su nghiep cong"),
            Map.entry("pvhcc", "phuc vu hanh chinh cong"), Map.entry("hcc", "hanh chinh cong"), Map.entry("ca", "cong an"),
            Map.entry("yt", "y te"), Map.entry("mttq", "mat tran to quoc"), Map.entry("ubmttq", "uy ban mat tran to quoc"),
            Map.entry("vn", "viet nam"), Map.entry("dqtv", "dan quan tu ve"));

    /** Words that join or pluralise, never tell units apart. */
    private static final Set<String> FILLERS = Set.of("va", "cac", "cua", "thuoc", "phuong");

    /** Words every kind of unit has: a name made only of these names no unit in particular. */
    private static final Set<String> HEADS = Set.of("phong", "ban", "trung", "tam", "van", "uy", "tram", "co", "quan", "don",
            "vi", "to", "chuc", "nganh", "doan", "the", "lien");

    private UnitWords() {
    }

    /** The words of a name, in order, abbreviations expanded and fillers dropped. */
    static List<String> of(String name) {
        List<String> raw = new ArrayList<>();
        for (String token : fold(name).split("[^a-z0-9]+")) {
            if (!token.isEmpty()) {
                String expanded = ABBREVIATIONS.getOrDefault(token, token);
                raw.addAll(List.of(expanded.split(" ")));
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String word = raw.get(i);
            boolean kind = word.equals("xa") && !(i + 1 < raw.size() && raw.get(i + 1).equals("hoi"))
                    || word.equals("dac") && i + 1 < raw.size() && raw.get(i + 1).equals("khu");
            if (kind) {
                i += word.equals("dac") ? 1 : 0;
                continue;
            }
            if (!FILLERS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether the words name something in particular, not only "phòng", "ban", "trung tâm"… */
    static boolean distinctive(List<String> words) {
        return words.stream().anyMatch(w -> !HEADS.contains(w));
    }

    static String fold(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
