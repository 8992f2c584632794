package vn.wardplan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.events.audit.AuditKind;

/** What the trail shows of a change: the fields that differ, and every kind in the office's words. */
class AuditViewTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void onlyTheFieldsThatDifferAreChangesAndANewItemShowsEveryField() {
        var changes = AuditView.changes(JSON.readTree("{\"value\":97.8,\"status\":\"SUBMITTED\",\"note\":null,\"checks\":[\"JUMP\"]}"),
                JSON.readTree("{\"value\":97.8,\"status\":\"APPROVED\",\"checks\":[\"JUMP\",\"PERCENT_RANGE\"]}"));
        assertThat(changes).containsExactly(new AuditView.FieldChange("status", "SUBMITTED", "APPROVED"),
                new AuditView.FieldChange("checks", "[\"JUMP\"]", "[\"JUMP\",\"PERCENT_RANGE\"]"));
        assertThat(AuditView.changes(null, JSON.readTree("{\"dueDate\":\"2026-12-22\"}")))
                .containsExactly(new AuditView.FieldChange("dueDate", null, "2026-12-22"));
        assertThat(AuditView.changes(JSON.readTree("\"a\""), JSON.readTree("\"b\""))).containsExactly(new AuditView.FieldChange("", "a", "b"));
        assertThat(AuditView.changes(null, null)).isEmpty();
    }

    @Test
    void everyKindHasItsVietnameseName() {
        for (AuditKind kind : AuditKind.values()) {
            assertThat(AuditWords.kind(kind.name())).as(kind.name()).isNotEqualTo(kind.name());
        }
    }
}
