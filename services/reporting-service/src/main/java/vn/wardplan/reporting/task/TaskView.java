package vn.wardplan.reporting.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * reporting-service's read model of a task of Phụ lục II, from {@code wardplan.tasks} only: the assignment and each
 * deliverable with its due date, state, when it was submitted and accepted, and the units' progress reports.
 */
@Document("task_views")
@CompoundIndex(name = "ward_city", def = "{'ward': 1, 'city': 1}")
public record TaskView(@Id String id, String ward, String city, String planNumber, String key, String field, String title,
        String period, UnitRef leadUnit, List<UnitRef> coordinatingUnits, String output, String directingLeader,
        Reporting reporting, Map<String, DeliverableView> deliverables, Instant changedAt) implements WardOwned {

    /**
     * The deliverables with their ids. The id is the map's key: a nested field named {@code id} is what Spring Data maps to
     * {@code _id}, and a key such as "2026-6M" (unlike "2026") gets that mapping on the way in, so the stored field may be
     * read back empty.
     */
    public List<DeliverableView> deliverableList() {
        if (deliverables == null) {
            return List.of();
        }
        return deliverables.entrySet().stream().map(e -> e.getValue().id() != null ? e.getValue() : new DeliverableView(e.getKey(),
                e.getValue().year(), e.getValue().dueDate(), e.getValue().status(), e.getValue().submittedAt(), e.getValue().acceptedAt(),
                e.getValue().comment(), e.getValue().progress(), e.getValue().submittedOn(),
                e.getValue().receivedVia())).toList();
    }

    /** Whether the task reports every period (PERIODIC) or once (ONE_OFF), and why, as task-service decided. */
    public record Reporting(String cadence, String reason, String decidedBy) {
    }

    /** A unit as the plan names it; {@code code} is null for "Các đơn vị liên quan" and unresolved names. */
    public record UnitRef(String code, String text) {
    }

    /**
     * A deliverable: a period's report ({@code id} "2026-6M", "2026") or a one-off ("final"). {@code submittedOn} is the
     * day the report reached the office (on the platform, or on paper or by e-mail as the office recorded it);
     * {@code submittedAt}/{@code acceptedAt} are the times of those events.
     */
    public record DeliverableView(String id, Integer year, LocalDate dueDate, String status, Instant submittedAt,
            Instant acceptedAt, String comment, List<Progress> progress, LocalDate submittedOn,
            String receivedVia) {

        /**
         * The status as the ward reads it on {@code today}: PLANNED or RETURNED past its due date is OVERDUE, as
         * task-service decides it (overdue is never stored; this is reporting-service's one statement of it).
         */
        public String statusOn(LocalDate today) {
            boolean open = "PLANNED".equals(status) || "RETURNED".equals(status);
            return open && dueDate != null && dueDate.isBefore(today) ? "OVERDUE" : status;
        }

        /** The day timeliness counts: the day received, else the day of the submission event. */
        public LocalDate doneOn(java.time.ZoneId zone) {
            return submittedOn != null ? submittedOn : submittedAt == null ? null : submittedAt.atZone(zone).toLocalDate();
        }
    }

    /** A unit's progress report. */
    public record Progress(Instant at, String unit, String text, int percent) {
    }
}
