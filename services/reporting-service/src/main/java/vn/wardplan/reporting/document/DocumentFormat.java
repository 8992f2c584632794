package vn.wardplan.reporting.document;

import java.util.Arrays;
import java.util.Optional;

/** The formats a report is downloaded in. */
enum DocumentFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    private final String code;
    private final String mediaType;

    DocumentFormat(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    String code() {
        return code;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<DocumentFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code)).findFirst();
    }
}
