package vn.wardplan.reporting.document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** How a Vietnamese administrative document writes statuses, numbers (99,5; 1.234,5) and dates. */
public final class VietnameseText {

    private static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("ACHIEVED", "Đạt"), Map.entry("ON_TRACK", "Đúng tiến độ"),
            Map.entry("AT_RISK", "Có nguy cơ không đạt"), Map.entry("OFF_TRACK", "Không đạt"),
            Map.entry("NO_DATA", "Chưa có số liệu"), Map.entry("PLANNED", "Đang thực hiện"),
            Map.entry("SUBMITTED", "Đã nộp báo cáo"), Map.entry("ACCEPTED", "Đã được chấp nhận"),
            Map.entry("RETURNED", "Bị trả lại"), Map.entry("OVERDUE", "Quá hạn"), Map.entry("APPROVED", "Đã duyệt"));

    private VietnameseText() {
    }

    public static String status(String status) {
        return status == null ? "" : STATUS.getOrDefault(status, status);
    }

    /** Several statuses as the read model joins them ("SUBMITTED, OVERDUE") → "Đã nộp báo cáo, Quá hạn". */
    public static String statuses(String joined) {
        if (joined == null || joined.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(joined.split(", ")).map(VietnameseText::status)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** 112 → "112"; 99.5 → "99,5"; 1234.56 → "1.234,56". */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        return format.format(value);
    }

    /** "31/12/2026". */
    public static String date(LocalDate date) {
        return date == null ? "" : "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /**
     * The place and date line of Nghị định 30/2020: "An Dương, ngày 26 tháng 11 năm 2026"; days below 10 and the
     * months 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2027").
     */
    public static String placeAndDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "%s, ngày %s tháng %s năm %d".formatted(place, day, month, date.getYear());
    }

    /** How a ward's type is written after a unit's name: "phường", "xã" or "đặc khu". */
    public static String wardWord(String type) {
        return switch (type == null ? "phuong" : type) {
            case "xa" -> "xã";
            case "dac-khu" -> "đặc khu";
            default -> "phường";
        };
    }
}
