package vn.wardplan.task.cityframe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.wardplan.task.planimport.Folded;

/**
 * An indicator's name reduced to the words that carry its meaning, the way an official reads two plans side by side:
 * without diacritics and case, abbreviations written out (BHYT, NSNN, TTHC), the usual other wordings of the same
 * thing made one ("rác thải" and "chất thải rắn", "giao quân" and "tuyển quân"), the ward's own suffix ("… phường",
 * "… xã") and the words every indicator has ("tỷ lệ", "trên địa bàn", "duy trì") dropped. Each rewriting is noted in
 * words, so a proposal can say why it matched.
 */
final class Wording {

    /** The meaningful words, in order, and what was rewritten to get them. */
    record Reading(List<String> words, Set<String> notes) {
    }

    /** Abbreviations as plans write them, with what they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("bhyt", "bảo hiểm y tế"), Map.entry("bhxh", "bảo hiểm xã hội"), Map.entry("bhtn", "bảo hiểm thất nghiệp"),
            Map.entry("nsnn", "ngân sách nhà nước"), Map.entry("tthc", "thủ tục hành chính"), Map.entry("cchc", "cải cách hành chính"),
            Map.entry("tdtt", "thể dục thể thao"), Map.entry("tdp", "tổ dân phố"), Map.entry("grdp", "tổng sản phẩm trên địa bàn"),
            Map.entry("antt", "an ninh trật tự"), Map.entry("anct", "an ninh chính trị"), Map.entry("ttatxh", "trật tự an toàn xã hội"),
            Map.entry("cntt", "công nghệ thông tin"), Map.entry("dn", "doanh nghiệp"), Map.entry("htx", "hợp tác xã"),
            Map.entry("dvc", "dịch vụ công"), Map.entry("ktxh", "kinh tế xã hội"), Map.entry("qg", "quốc gia"),
            Map.entry("gddt", "giáo dục đào tạo"), Map.entry("mn", "mầm non"), Map.entry("thcs", "trung học cơ sở"),
            Map.entry("vsmt", "vệ sinh môi trường"), Map.entry("ctr", "chất thải rắn"), Map.entry("cbcc", "cán bộ công chức"));

    /** Other wordings of one thing, longest first where one contains another; {@code said} false for mere spellings. */
    private record SameMeaning(String wording, String meaning, boolean said) {
    }

    private static final List<SameMeaning> SAME_MEANING = List.of(
            new SameMeaning("tuyển chọn và gọi công dân nhập ngũ", "tuyển quân", true),
            new SameMeaning("gọi công dân nhập ngũ", "tuyển quân", true), new SameMeaning("giao quân", "tuyển quân", true),
            new SameMeaning("tổng giá trị sản phẩm", "tổng sản phẩm", true), new SameMeaning("rác thải", "chất thải rắn", true),
            new SameMeaning("bộ tiêu chí quốc gia", "chuẩn quốc gia", true), new SameMeaning("đúng hẹn", "đúng hạn", true),
            new SameMeaning("người dân", "dân số", true), new SameMeaning("khu phố", "tổ dân phố", true),
            new SameMeaning("thôn", "tổ dân phố", true), new SameMeaning("tố giác tin báo", "tin báo tố giác", false),
            new SameMeaning("tỉ lệ", "tỷ lệ", false), new SameMeaning("vụ án", "án", false),
            new SameMeaning("tổng thu", "thu", false), new SameMeaning("kế hoạch vốn", "vốn", false));

    /** Words and phrases any indicator may carry; they say how it is measured or phrased, not what. */
    private static final List<String> FILLER = List.of("ty le", "tren dia ban", "trong do", "toc do", "tang truong", "tang",
            "duy tri", "giu vung", "xay dung", "nang cao", "hang nam", "binh quan", "chi tieu", "danh hieu", "su dung",
            "cung cap", "cac", "cua", "duoc", "dat", "va", "voi", "ve", "theo", "co", "nhung", "toan", "so voi", "muc",
            "nguoi", "tren", "dia ban");

    private static final Pattern WARD_SUFFIX = Pattern.compile("\\b(?:phuong|xa|dac khu|thi tran)\\b(?! (?:hoi|vien))");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    private Wording() {
    }

    static Reading of(String name) {
        Set<String> notes = new LinkedHashSet<>();
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(fold(name).replace("hop tac xa", "hoptacxa"));
        while (m.find()) {
            String token = m.group();
            String expanded = ABBREVIATIONS.get(token);
            if (expanded != null) {
                notes.add("“" + token.toUpperCase(Locale.ROOT) + "” là “" + expanded + "”");
                tokens.add(fold(expanded));
            } else {
                tokens.add(token);
            }
        }
        String text = " " + String.join(" ", tokens) + " ";
        for (SameMeaning same : SAME_MEANING) {
            String before = text;
            text = text.replace(" " + fold(same.wording()) + " ", " " + fold(same.meaning()) + " ");
            if (!before.equals(text) && same.said()) {
                notes.add("“" + same.wording() + "” cùng nghĩa “" + same.meaning() + "”");
            }
        }
        Matcher suffix = WARD_SUFFIX.matcher(text);
        if (suffix.find()) {
            notes.add("bỏ chữ “phường/xã” trong tên");
            text = WARD_SUFFIX.matcher(text).replaceAll(" ");
        }
        for (String filler : FILLER) {
            text = text.replace(" " + filler + " ", " ").replace(" " + filler + " ", " ");
        }
        Set<String> words = new LinkedHashSet<>();
        Matcher word = TOKEN.matcher(text.replace("hoptacxa", "hop tac xa"));
        while (word.find()) {
            words.add(word.group());
        }
        return new Reading(List.copyOf(words), notes);
    }

    /** Folded as headings are ({@link Folded}), every run of what is neither letter nor digit one space ("%" kept). */
    static String fold(String text) {
        return Folded.of(text).replaceAll("[^a-z0-9%]+", " ").strip();
    }

    /** The kind of a measure unit: a share, money, a title or standard, or a count of something. */
    static String unitKind(String measureUnit) {
        String unit = fold(measureUnit);
        if (unit.isEmpty()) {
            return "";
        }
        if (unit.contains("%") || unit.contains("phan tram")) {
            return "%";
        }
        if (unit.contains("dong") || unit.contains("usd")) {
            return "tiền";
        }
        if (unit.matches(".*\\b(?:danh hieu|chuan|mo hinh|tieu chi|dat|xep loai)\\b.*")) {
            return "danh hiệu";
        }
        return "số lượng";
    }
}
