package vn.wardplan.task.planimport;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for comparison the way a reader of Vietnamese compares headings: lower case, no diacritics (đ → d),
 * single spaces. "Đơn vị tính", "ĐƠN VỊ TÍNH" and "Don vi  tinh" fold alike.
 */
public final class Folded {

    private Folded() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('đ', 'd');
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
