package vn.wardplan.indicator.target;

/** Where an indicator stands for a year. */
public enum AssessmentStatus {
    /** The year's (or the plan's) target is met. */
    ACHIEVED,
    /** Not met yet, but the path so far reaches it. */
    ON_TRACK,
    /** Behind, but still reachable with effort inside the target's own band. */
    AT_RISK,
    /** Missed, or no longer reachable at the planned pace. */
    OFF_TRACK,
    /** The data needed to judge is missing. */
    NO_DATA
}
