package vn.wardplan.reporting.timeliness;

import java.time.LocalDate;

/**
 * Where something owed for a period stands, in the four classes of the Government's task tracking (QĐ 42/2014/QĐ-TTg):
 * done on time, done late, not done but within its deadline, not done and overdue.
 */
public enum Standing {
    DONE_ON_TIME, DONE_LATE, NOT_DONE_WITHIN_DEADLINE, NOT_DONE_OVERDUE;

    /** {@code doneOn} is the day it reached the ward office, or null while it has not. */
    public static Standing of(LocalDate due, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(due) ? DONE_LATE : DONE_ON_TIME;
        }
        return today.isAfter(due) ? NOT_DONE_OVERDUE : NOT_DONE_WITHIN_DEADLINE;
    }
}
