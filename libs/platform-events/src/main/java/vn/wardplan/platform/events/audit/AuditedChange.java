package vn.wardplan.platform.events.audit;

/**
 * One change for the trail.
 *
 * @param kind what sort of item changed
 * @param item the item's id (the Kafka key, so one item's entries stay in order)
 * @param label the item as a person names it ("Chỉ tiêu 6: Tỷ lệ bao phủ BHYT", "Năm 2026")
 * @param action what was done, a short stable code ({@code value.approved}, {@code policy.changed})
 * @param before the item before the change, null when it is new
 * @param after the item after the change, null when it is gone
 * @param reason the reason given, where the action asks for one
 */
public record AuditedChange(AuditKind kind, String item, String label, String action, Object before, Object after,
        String reason) {

    public static AuditedChange of(AuditKind kind, String item, String label, String action, Object before, Object after) {
        return new AuditedChange(kind, item, label, action, before, after, null);
    }

    public AuditedChange because(String why) {
        return new AuditedChange(kind, item, label, action, before, after, why);
    }
}
