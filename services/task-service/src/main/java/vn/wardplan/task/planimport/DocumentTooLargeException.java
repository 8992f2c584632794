package vn.wardplan.task.planimport;

/**
 * A document beyond one of {@link ImportLimits}: refused as 422 problem details that name the limit, before it can
 * cost the service more than the limit allows.
 */
final class DocumentTooLargeException extends RuntimeException {

    /** The limit, in the person's words (Vietnamese), e.g. "một hàng của bảng có 70 ô (tối đa 64)". */
    public DocumentTooLargeException(String limit) {
        super(limit);
    }
}
