package vn.wardplan.indicator.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.indicator.events.IndicatorEvents;
import vn.wardplan.indicator.indicator.Indicator;
import vn.wardplan.indicator.target.TargetSpec;
import vn.wardplan.indicator.value.IndicatorValues;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Defines the ward's indicators from the rows of Phụ lục I that task-service's plan import publishes, with the targets
 * its reader typed. Every row becomes exactly one indicator, also when its target could not be read (then the note
 * says so and the wording is kept); a row that did not change changes nothing. A target the ward office typed by hand
 * stays while the document's wording of it is the same.
 */
@Component
class PlanImportedListener {

    static final String CONSUMER = "indicator-plan-import";
    private static final Logger log = LoggerFactory.getLogger(PlanImportedListener.class);

    /**
     * indicator-service's own copy of the plan.imported contract: the fields it reads. {@code effectiveFrom}: the year
     * an amended plan's changes take effect (null: the document is corrected for the whole term).
     */
    record PlanImported(String number, int startYear, int endYear, Integer effectiveFrom, List<Row> indicators) {
    }

    record Row(String key, int position, String code, String parentKey, String group, String name, String measureUnit,
            String byEndText, String yearlyText, String directingLeader, Unit advisingUnit, TargetSpec target,
            TargetSpec endTarget, String targetNote) {
    }

    record Unit(String code, String text) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;
    private final IndicatorEvents events;
    private final IndicatorValues values;
    private final Clock clock;

    PlanImportedListener(EventInbox inbox, WardScopedMongo mongo, IndicatorEvents events, IndicatorValues values, Clock clock) {
        this.inbox = inbox;
        this.mongo = mongo;
        this.events = events;
        this.values = values;
        this.clock = clock;
    }

    @KafkaListener(topics = "wardplan.plans", groupId = CONSUMER)
    void onPlanEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (!event.type().equals("vn.wardplan.plan.imported.v1")) {
            return;
        }
        PlanImported plan = event.dataAs(PlanImported.class);
        WardScope ward = WardScope.trusted(event.ward(), event.city());
        int defined = 0;
        int changed = 0;
        for (Row row : plan.indicators()) {
            Indicator.Definition definition = definition(plan, row);
            String id = Indicator.idOf(ward.ward(), plan.number(), row.key());
            Optional<Indicator> existing = mongo.findOne(ward, Criteria.where("_id").is(id), Indicator.class);
            if (existing.isPresent() && typedByHand(existing.get(), definition)) {
                Indicator.Definition kept = existing.get().definition();
                definition = definition.withTarget(kept.target(), kept.endTarget(), kept.targetNote(), kept.targetTypedBy());
            }
            if (existing.isEmpty()) {
                mongo.save(ward, Indicator.define(ward.ward(), ward.city(), plan.number(), row.key(), definition, clock.instant(),
                        events.defined(ward, plan.number(), row.key(), definition)));
                defined++;
            } else if (!existing.get().definition().equals(definition)) {
                Indicator before = existing.get();
                boolean targetChanged = !sameTarget(before.definition(), definition);
                Indicator after = values.amendOrRedefine(before, definition, targetChanged ? plan.effectiveFrom() : null,
                        "Kế hoạch " + plan.number());
                Indicator saved = mongo.save(ward, targetChanged ? after.recorded(events.audited(ward,
                        Actor.platform("nhập lại Kế hoạch " + plan.number()), AuditedChange.of(AuditKind.TARGET, before.id(),
                                before.label(), "target.reimported", before.targetState(), after.targetState()))) : after);
                if (targetChanged) {
                    values.reassessApproved(ward, saved);
                }
                changed++;
            }
        }
        log.info("Plan {} of ward {}: {} indicators defined, {} changed, {} rows in all", plan.number(), ward.ward(), defined,
                changed, plan.indicators().size());
    }

    private static Indicator.Definition definition(PlanImported plan, Row row) {
        Unit advising = row.advisingUnit() == null ? new Unit(null, null) : row.advisingUnit();
        return new Indicator.Definition(row.position(), row.code(), row.parentKey(), row.group(), row.name(), row.measureUnit(),
                row.byEndText(), row.yearlyText(), row.target(), row.endTarget(), row.targetNote(), null, row.directingLeader(),
                advising.code(), advising.text(), plan.startYear(), plan.endYear());
    }

    private static boolean sameTarget(Indicator.Definition a, Indicator.Definition b) {
        return java.util.Objects.equals(a.target(), b.target()) && java.util.Objects.equals(a.endTarget(), b.endTarget())
                && java.util.Objects.equals(a.byEndText(), b.byEndText()) && java.util.Objects.equals(a.yearlyText(), b.yearlyText());
    }

    /** The office typed this target by hand, and the document still words it the same way. */
    private static boolean typedByHand(Indicator existing, Indicator.Definition fromPlan) {
        Indicator.Definition kept = existing.definition();
        return kept.targetTypedBy() != null && java.util.Objects.equals(kept.byEndText(), fromPlan.byEndText())
                && java.util.Objects.equals(kept.yearlyText(), fromPlan.yearlyText());
    }
}
