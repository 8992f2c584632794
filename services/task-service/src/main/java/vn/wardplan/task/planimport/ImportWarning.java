package vn.wardplan.task.planimport;

/**
 * Something the reader noticed and the person importing must see: what it did about it is in the message.
 *
 * @param code stable code, e.g. {@code NUMBER_REPEATED}
 * @param line 1-based line in the document, or 0 for the whole document
 * @param message Vietnamese, for the person
 */
public record ImportWarning(String code, int line, String message) {
}
