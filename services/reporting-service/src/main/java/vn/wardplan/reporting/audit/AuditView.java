package vn.wardplan.reporting.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry of the trail as the API answers it: who, when, from which service, what, the item before and after, and the
 * fields that differ between the two (top-level fields; a nested value is shown as compact JSON).
 */
record AuditView(String id, Instant at, String ward, String service, String kind, String kindLabel, String item, String label,
        String action, String actionLabel, String actor, String actorName, String reason, JsonNode before, JsonNode after,
        List<FieldChange> changes) {

    /** One field that changed: its name, and its value before and after as text (null: absent). */
    record FieldChange(String field, String before, String after) {
    }

    static AuditView of(AuditEntry e, JsonMapper json) {
        JsonNode before = e.beforeJson() == null ? null : json.readTree(e.beforeJson());
        JsonNode after = e.afterJson() == null ? null : json.readTree(e.afterJson());
        return new AuditView(e.id(), e.at(), e.ward(), e.service(), e.kind(), AuditWords.kind(e.kind()), e.item(), e.label(), e.action(),
                AuditWords.action(e.action()), e.actor(), e.actorName(), e.reason(), before, after, changes(before, after));
    }

    static List<FieldChange> changes(JsonNode before, JsonNode after) {
        boolean beforeObject = before != null && before.isObject();
        boolean afterObject = after != null && after.isObject();
        if (!beforeObject && !afterObject) {
            return Objects.equals(before, after) ? List.of() : List.of(new FieldChange("", text(before), text(after)));
        }
        Set<String> fields = new LinkedHashSet<>();
        if (beforeObject) {
            fields.addAll(before.propertyNames());
        }
        if (afterObject) {
            fields.addAll(after.propertyNames());
        }
        List<FieldChange> changed = new ArrayList<>();
        for (String field : fields) {
            JsonNode was = beforeObject ? before.get(field) : null;
            JsonNode is = afterObject ? after.get(field) : null;
            if (!Objects.equals(normal(was), normal(is))) {
                changed.add(new FieldChange(field, text(was), text(is)));
            }
        }
        return List.copyOf(changed);
    }

    private static JsonNode normal(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
