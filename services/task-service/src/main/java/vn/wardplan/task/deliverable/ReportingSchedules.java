package vn.wardplan.task.deliverable;

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.task.task.ReportingMode;
import vn.wardplan.task.task.Deliverable;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.task.task.TaskEvents;
import vn.wardplan.task.regime.RegimeApplied;
import vn.wardplan.task.regime.RegimeSchedule;
import vn.wardplan.task.regime.ReportingRegimes;
import vn.wardplan.task.task.Task;
import vn.wardplan.task.task.YearSpan;

/**
 * Keeps every task's deliverables in step with its reporting mode and the ward's regime: after a regime change, when
 * the office changes a task's mode, and once on start for tasks stored before period reports (an idempotent move:
 * a second run finds nothing to do). Each task is re-planned with its events in one write.
 */
@Service
public class ReportingSchedules {

    private static final Logger log = LoggerFactory.getLogger(ReportingSchedules.class);

    private final WardScopedMongo mongo;
    private final ReportingRegimes regimes;
    private final PlanSpans spans;
    private final TaskEvents events;
    private final AuditTrail trail;
    private final java.time.Clock clock;

    ReportingSchedules(WardScopedMongo mongo, ReportingRegimes regimes, PlanSpans spans, TaskEvents events, AuditTrail trail,
            java.time.Clock clock) {
        this.trail = trail;
        this.clock = clock;
        this.mongo = mongo;
        this.regimes = regimes;
        this.spans = spans;
        this.events = events;
    }

    /** The task with its deliverables re-planned and the events of what changed; the task itself when nothing did. */
    public Task replan(WardScope ward, Task task, ReportingMode mode, RegimeSchedule regime) {
        YearSpan term = spans.span(ward, task.planNumber());
        List<Deliverable> planned = DeliverablePlanner.plan(task.period(), term, mode, regime);
        List<Deliverable> existing = task.deliverables() == null ? List.of()
                : task.deliverables().stream().map(d -> d.withSubmissionDayFrom(WorkingCalendar.VIETNAM)).toList();
        DeliverableSchedule.Merge merge = DeliverableSchedule.merge(existing, planned, regimes.today());
        if (mode.equals(task.reporting()) && merge.deliverables().equals(task.deliverables())) {
            return task;
        }
        Task next = task.replanned(mode, merge.deliverables(), clock.instant());
        if (!mode.equals(task.reporting())) {
            next = next.withEvent(events.changed(ward, task.planNumber(), task.key(), task.content(), mode));
        }
        for (Deliverable d : merge.scheduled()) {
            next = next.withEvent(events.deliverable(TaskEvents.DELIVERABLE_SCHEDULED, ward, next, d, null));
        }
        for (Deliverable d : merge.cancelled()) {
            next = next.withEvent(events.deliverable(TaskEvents.DELIVERABLE_CANCELLED, ward, next, d, mode.reason()));
        }
        return next;
    }

    /** The mode a task keeps: the office's choice, else what its wording says now. */
    public static ReportingMode modeOf(Task task) {
        ReportingMode mode = task.reporting();
        if (mode != null && ReportingMode.OFFICE.equals(mode.decidedBy())) {
            return mode;
        }
        return ReportingDecision.decide(task.output(), task.period());
    }

    /** The ward office decides whether a task reports every period or delivers once. */
    public Task setMode(Caller caller, String taskId, ReportingMode.Cadence cadence, String reason) {
        WardScope ward = WardAccess.ownWard(caller);
        ReportingMode mode = new ReportingMode(cadence, reason, ReportingMode.OFFICE);
        RegimeSchedule regime = regimes.schedule(ward);
        Task task = find(ward, taskId).orElseThrow(() -> WardplanProblem.notFound("task.notFound", taskId));
        return mongo.save(ward, replan(ward, task, mode, regime).withEvent(trail.record(ward.ward(), ward.city(), caller.username(),
                caller.displayName(), new AuditedChange(AuditKind.REPORTING_SETTING, task.id(), task.label(), "task.reportingMode",
                        task.reporting(), mode, reason))));
    }

    /** Re-plans every task of the ward; returns how many changed. */
    public int replanWard(WardScope ward) {
        return replan(ward, new Criteria());
    }

    /**
     * Re-plans the tasks of the ward a start must look at: those never moved to period reports, and those last changed
     * before the ward's regime was (a crash between storing a regime and re-planning). The others followed already.
     */
    public int catchUp(WardScope ward) {
        Criteria stale = Criteria.where("reporting").is(null);
        java.util.Optional<java.time.Instant> regimeAt = regimes.updatedAt(ward);
        return replan(ward, regimeAt.map(at -> new Criteria().orOperator(stale, Criteria.where("updatedAt").lt(at))).orElse(stale));
    }

    private int replan(WardScope ward, Criteria which) {
        RegimeSchedule regime = regimes.schedule(ward);
        int changed = 0;
        for (Task task : mongo.find(ward, which, Task.class)) {
            for (int attempt = 0; ; attempt++) {
                Task current = attempt == 0 ? task : find(ward, task.id()).orElse(null);
                if (current == null) {
                    break;
                }
                Task next = replan(ward, current, modeOf(current), regime);
                if (next == current) {
                    break;
                }
                try {
                    mongo.save(ward, next);
                    changed++;
                    break;
                } catch (OptimisticLockingFailureException concurrent) {
                    if (attempt == 4) {
                        throw concurrent;
                    }
                }
            }
        }
        if (changed > 0) {
            log.info("Ward {}: deliverables of {} tasks re-planned to the reporting regime", ward.ward(), changed);
        }
        return changed;
    }

    @EventListener
    void onRegimeApplied(RegimeApplied applied) {
        replanWard(applied.ward());
    }

    private Optional<Task> find(WardScope ward, String id) {
        return mongo.findOne(ward, Criteria.where("_id").is(id), Task.class);
    }
}
