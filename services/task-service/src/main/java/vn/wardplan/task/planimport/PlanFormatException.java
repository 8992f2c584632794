package vn.wardplan.task.planimport;

/** The document is not a plan this reader understands; the message says why, in Vietnamese. */
class PlanFormatException extends RuntimeException {

    public PlanFormatException(String message) {
        super(message);
    }
}
