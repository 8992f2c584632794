package vn.wardplan.platform.events.audit;

/** The sorts of item the trail follows; the trail's filter by kind uses these names. */
public enum AuditKind {
    PLAN, TARGET, MAPPING, VALUE, DELIVERABLE, DEADLINE, REPORTING_SETTING, VALUE_CHECK, REMINDER_POLICY, CALENDAR,
    ACCOUNT, WARD_STATUS, FRAME
}
