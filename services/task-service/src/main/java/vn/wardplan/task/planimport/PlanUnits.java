package vn.wardplan.task.planimport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.task.task.Deliverable;
import vn.wardplan.task.task.TaskEvents;
import vn.wardplan.task.task.Task;
import vn.wardplan.task.task.UnitRef;
import vn.wardplan.task.unit.UnitCatalogue;
import vn.wardplan.task.unit.UnitNameResolver;

/**
 * The units a ward's imported plans name, kept in step with the ward's catalogue: when the office maps a name the
 * import could not resolve (an alias) or registers a unit, every task and indicator row that carries the name
 * follows, with its events, so rights to enter values and reminders follow too. A name already resolved moves only
 * when the office's own wording now names it exactly; nothing resolved is moved by a guess.
 */
@Service
class PlanUnits {

    private static final Logger log = LoggerFactory.getLogger(PlanUnits.class);

    /** How many tasks and indicator rows the pass changed. */
    public record Followed(int tasks, int indicators) {
    }

    /** A name that resolves to no unit, where it stands, and the units it could be. */
    public record UnresolvedUnit(String text, List<String> candidates, List<Occurrence> occurrences) {
    }

    /** One place a name stands: a task's lead or coordinating units, or an indicator's advising unit. */
    public record Occurrence(String plan, String kind, String key, String title, String role) {
    }

    private final WardScopedMongo mongo;
    private final UnitCatalogue units;
    private final TaskEvents taskEvents;
    private final PlanEvents planEvents;
    private final Clock clock;

    PlanUnits(WardScopedMongo mongo, UnitCatalogue units, TaskEvents taskEvents, PlanEvents planEvents, Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.taskEvents = taskEvents;
        this.planEvents = planEvents;
        this.clock = clock;
    }

    UnitNameResolver resolver(WardScope ward) {
        return new UnitNameResolver(units.list(ward).stream()
                .map(u -> new UnitNameResolver.CatalogueUnit(u.code(), u.name(), u.aliases())).toList());
    }

    @EventListener
    void onUnitsChanged(UnitCatalogue.UnitsChanged changed) {
        follow(changed.ward());
    }

    /** Resolves again every name of the ward's plans that the catalogue now answers differently. */
    public Followed follow(WardScope ward) {
        UnitNameResolver resolver = resolver(ward);
        Instant now = clock.instant();
        int tasks = 0;
        for (Task task : mongo.find(ward, new Query(), Task.class)) {
            Task.Content content = task.content();
            Task.Content followed = new Task.Content(content.field(), content.title(), content.period(),
                    again(content.leadUnit(), resolver), content.coordinatingUnits().stream().map(r -> again(r, resolver)).toList(),
                    content.output(), content.directingLeader(), content.position());
            if (!followed.equals(content)) {
                mongo.save(ward, reassign(ward, task, followed, now));
                tasks++;
            }
        }
        int indicators = 0;
        List<Plan> plans = mongo.find(ward, new Query(), Plan.class);
        java.util.Set<String> unresolvedNow = new java.util.HashSet<>();
        for (Plan plan : plans) {
            List<IndicatorLine> lines = new ArrayList<>();
            int changed = 0;
            for (IndicatorLine line : plan.indicators()) {
                UnitRef advising = again(line.advisingUnit(), resolver);
                changed += advising.equals(line.advisingUnit()) ? 0 : 1;
                lines.add(advising.equals(line.advisingUnit()) ? line : line.withAdvisingUnit(advising));
            }
            if (changed > 0) {
                Plan.Content content = new Plan.Content(plan.issuedOn(), plan.title(), plan.startYear(), plan.endYear(),
                        plan.signer(), lines);
                mongo.save(ward, plan.reimported(content, plan.warnings(), now, planEvents.imported(ward, plan.number(), content, null)));
                indicators += changed;
            }
        }
        if (tasks + indicators > 0) {
            unresolved(ward).forEach(u -> unresolvedNow.add(u.text()));
            for (Plan plan : mongo.find(ward, new Query(), Plan.class)) {
                List<ImportWarning> kept = plan.warnings().stream().filter(w -> !w.code().equals("UNIT_UNRESOLVED")
                        || unresolvedNow.stream().anyMatch(text -> w.message().startsWith("\"" + text + "\""))).toList();
                if (kept.size() != plan.warnings().size()) {
                    mongo.save(ward, plan.withWarnings(kept, now));
                }
            }
        }
        if (tasks + indicators > 0) {
            log.info("Ward {}: unit names resolved again, {} tasks and {} indicator rows follow", ward.ward(), tasks, indicators);
        }
        return new Followed(tasks, indicators);
    }

    /**
     * The task with new content and, when its units changed, a reassigned event for each deliverable so that those
     * who keep its deadlines (reminders) follow the new units.
     */
    Task reassign(WardScope ward, Task task, Task.Content content, Instant now) {
        Task changed = task.change(content, now, taskEvents.changed(ward, task.planNumber(), task.key(), content, task.reporting()));
        boolean unitsMoved = !Objects.equals(task.leadUnit(), content.leadUnit())
                || !task.coordinatingUnits().equals(content.coordinatingUnits());
        if (unitsMoved) {
            for (Deliverable d : changed.deliverables()) {
                changed = changed.withEvent(taskEvents.deliverable(TaskEvents.DELIVERABLE_REASSIGNED, ward, changed, d, null));
            }
        }
        return changed;
    }

    /** Every name the ward's stored plans carry that resolves to no unit, with where it stands. */
    public List<UnresolvedUnit> unresolved(WardScope ward) {
        UnitNameResolver resolver = resolver(ward);
        Map<String, List<Occurrence>> where = new LinkedHashMap<>();
        for (Plan plan : mongo.find(ward, new Query(), Plan.class)) {
            for (IndicatorLine line : plan.indicators()) {
                note(where, line.advisingUnit(), new Occurrence(plan.number(), "INDICATOR", line.key(), line.name(), "ADVISING"));
            }
        }
        for (Task task : mongo.find(ward, new Query(), Task.class)) {
            note(where, task.leadUnit(), new Occurrence(task.planNumber(), "TASK", task.key(), task.title(), "LEAD"));
            for (UnitRef ref : task.coordinatingUnits()) {
                note(where, ref, new Occurrence(task.planNumber(), "TASK", task.key(), task.title(), "COORDINATING"));
            }
        }
        return list(where, resolver);
    }

    static void note(Map<String, List<Occurrence>> where, UnitRef ref, Occurrence occurrence) {
        if (ref != null && "UNRESOLVED".equals(ref.resolution()) && ref.text() != null && !ref.text().isBlank()) {
            where.computeIfAbsent(ref.text(), t -> new ArrayList<>()).add(occurrence);
        }
    }

    static List<UnresolvedUnit> list(Map<String, List<Occurrence>> where, UnitNameResolver resolver) {
        return where.entrySet().stream().map(e -> new UnresolvedUnit(e.getKey(),
                resolver.resolve(e.getKey()) instanceof UnitNameResolver.Unresolved u ? u.candidates() : List.of(),
                List.copyOf(e.getValue()))).toList();
    }

    /** A name resolved again: an unresolved one takes what the catalogue says now; a resolved one only an exact name. */
    private static UnitRef again(UnitRef ref, UnitNameResolver resolver) {
        if (ref == null || ref.text() == null || ref.text().isBlank() || "RELATED".equals(ref.resolution())) {
            return ref;
        }
        UnitNameResolver.Resolution now = resolver.resolve(ref.text());
        if (!(now instanceof UnitNameResolver.Resolved resolved)) {
            return ref;
        }
        boolean exact = resolved.how().equals("EXACT") || resolved.how().equals("ALIAS");
        if ("UNRESOLVED".equals(ref.resolution()) || exact && !resolved.code().equals(ref.code())) {
            return new UnitRef(resolved.code(), ref.text(), resolved.how());
        }
        return ref;
    }
}
