package vn.wardplan.task.planimport;

/**
 * The text form of a document, built within {@link ImportLimits}: every append is counted, so a document that would
 * expand beyond the limits stops being read at the limit, not after memory is gone.
 */
final class BoundedText {

    private final ImportLimits limits;
    private final StringBuilder text = new StringBuilder();
    private int lines;

    BoundedText(ImportLimits limits) {
        this.limits = limits;
    }

    /** Checks a text as uploaded (the plain-text form) against the same limits. */
    static String check(String text, ImportLimits limits) {
        if (text.length() > limits.maxChars()) {
            throw new DocumentTooLargeException("văn bản có " + text.length() + " ký tự (tối đa " + limits.maxChars() + ")");
        }
        int lines = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                checkLine(i - lineStart, lines, limits);
                lines++;
                lineStart = i + 1;
                if (lines > limits.maxLines()) {
                    throw new DocumentTooLargeException("văn bản có hơn " + limits.maxLines() + " dòng");
                }
            }
        }
        checkLine(text.length() - lineStart, lines, limits);
        return text;
    }

    private static void checkLine(int length, int line, ImportLimits limits) {
        if (length > limits.maxLineChars()) {
            throw new DocumentTooLargeException("dòng " + line + " có " + length + " ký tự (tối đa " + limits.maxLineChars() + ")");
        }
    }

    /** Appends one line (a paragraph, or a table row's cells joined by tabs). */
    void line(String line) {
        lines++;
        if (lines > limits.maxLines()) {
            throw new DocumentTooLargeException("văn bản có hơn " + limits.maxLines() + " dòng");
        }
        checkLine(line.length(), lines, limits);
        if (text.length() + line.length() + 1 > limits.maxChars()) {
            throw new DocumentTooLargeException("văn bản có hơn " + limits.maxChars() + " ký tự");
        }
        text.append(line).append('\n');
    }

    /** Checks one table row's width, merged cells counted by the columns they span. */
    void cells(int count, String where) {
        if (count > limits.maxCells()) {
            throw new DocumentTooLargeException(where + " có " + count + " ô (tối đa " + limits.maxCells() + ")");
        }
    }

    /** Checks a table's or sheet's length. */
    void rows(int count, String where) {
        if (count > limits.maxRows()) {
            throw new DocumentTooLargeException(where + " có " + count + " hàng (tối đa " + limits.maxRows() + ")");
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
