package vn.wardplan.reporting.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * What each task of a ward owes, in the few fields timeliness counts, one small document per ward (id: the ward), kept
 * beside {@code task_views} by the task listener: the city's comparison counts 168 wards' reports from 168 of these
 * instead of reading 7,500 task documents. {@code leads}: each task's lead unit; {@code dues}: each task's deliverable,
 * keyed {@code <task key>~<deliverable id>} (a "." in a key is written "~" too, since Mongo reads it as a path).
 */
@Document("ward_dues")
public record WardDues(@Id String id, String ward, String city, Map<String, String> leads, Map<String, Due> dues,
        Instant changedAt) implements WardOwned {

    /**
     * A deliverable: the period it reports ({@code deliverableId}), its year, due date and status; the day it reached the
     * office as recorded ({@code submittedOn}) and the day of its submission event in Vietnam ({@code submittedDay}), as
     * {@code task_views} keeps them.
     */
    public record Due(String task, String deliverableId, Integer year, LocalDate dueDate, String status, LocalDate submittedOn,
            LocalDate submittedDay) {

        /** The day timeliness counts for a deliverable sent: the day received, else the day of its submission. */
        public LocalDate doneOn() {
            return submittedOn != null ? submittedOn : submittedDay;
        }
    }

    /** The task's key in its id ({@code an-duong:86-KH-UBND:12} → {@code 12}). */
    public static String taskKey(String taskId) {
        return taskId.substring(taskId.lastIndexOf(':') + 1);
    }

    /** The lead unit of the task a deliverable belongs to; null when the task's own event has not come yet. */
    public String leadOf(Due due) {
        return leads == null || due.task() == null ? null : leads.get(escape(taskKey(due.task())));
    }

    /** The field name of a task's lead, or of one of its deliverables, in this document. */
    public static String leadPath(String taskKey) {
        return "leads." + escape(taskKey);
    }

    public static String duePath(String taskKey, String deliverableId) {
        return "dues." + escape(taskKey) + "~" + escape(deliverableId);
    }

    private static String escape(String key) {
        return key.replace('.', '~').replace('$', '_');
    }
}
