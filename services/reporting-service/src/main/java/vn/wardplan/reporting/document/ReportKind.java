package vn.wardplan.reporting.document;

import java.util.Arrays;
import java.util.Optional;

/** The documents a ward files on its five-year plan: the annual report, the mid-term and the end-of-term review. */
enum ReportKind {
    ANNUAL("annual", "BÁO CÁO", "Kết quả thực hiện Kế hoạch phát triển kinh tế - xã hội, quốc phòng - an ninh năm %d"),
    MIDTERM("midterm", "BÁO CÁO SƠ KẾT GIỮA KỲ",
            "Kết quả thực hiện Kế hoạch phát triển kinh tế - xã hội, quốc phòng - an ninh giai đoạn 2026 - 2030 (2026 - %d)"),
    FINAL("final", "BÁO CÁO TỔNG KẾT",
            "Kết quả thực hiện Kế hoạch phát triển kinh tế - xã hội, quốc phòng - an ninh giai đoạn 2026 - %d");

    private final String code;
    private final String heading;
    private final String subject;

    ReportKind(String code, String heading, String subject) {
        this.code = code;
        this.heading = heading;
        this.subject = subject;
    }

    public String code() {
        return code;
    }

    public String heading() {
        return heading;
    }

    /** The line under the heading ("trích yếu"), for the report's year. */
    public String subject(int year) {
        return subject.formatted(year);
    }

    /** The year a review reports up to: the mid-term review covers 2026–2028, the final one 2026–2030. */
    public int lastYear(int requestedYear) {
        return switch (this) {
            case ANNUAL -> requestedYear;
            case MIDTERM -> 2028;
            case FINAL -> 2030;
        };
    }

    public static Optional<ReportKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
