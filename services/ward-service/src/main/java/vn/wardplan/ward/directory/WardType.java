package vn.wardplan.ward.directory;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of commune-level units: phường (urban ward), xã (commune), đặc khu (special zone). */
public enum WardType {
    PHUONG("phuong", "phường"),
    XA("xa", "xã"),
    DAC_KHU("dac-khu", "đặc khu");

    private final String code;
    private final String word;

    WardType(String code, String word) {
        this.code = code;
        this.word = word;
    }

    /** The value in the API, e.g. {@code phuong}. */
    public String code() {
        return code;
    }

    /** How Vietnamese names it after a unit's name: "Công an phường", "Công an xã". */
    public String word() {
        return word;
    }

    public static Optional<WardType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
