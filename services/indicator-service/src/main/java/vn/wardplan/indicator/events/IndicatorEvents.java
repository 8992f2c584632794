package vn.wardplan.indicator.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

import vn.wardplan.indicator.indicator.Indicator;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.WardScope;

/** Indicator events on {@value #TOPIC} (contract: docs/events/indicators.md). Key: the indicator id. */
@Component
public class IndicatorEvents {

    public static final String TOPIC = "wardplan.indicators";
    public static final String DEFINED = "vn.wardplan.indicator.defined.v1";
    public static final String CHANGED = "vn.wardplan.indicator.changed.v1";
    public static final String VALUE_SUBMITTED = "vn.wardplan.indicator.value-submitted.v1";
    public static final String VALUE_APPROVED = "vn.wardplan.indicator.value-approved.v1";
    public static final String VALUE_RETURNED = "vn.wardplan.indicator.value-returned.v1";
    public static final String ASSESSMENT_CHANGED = "vn.wardplan.indicator.assessment-changed.v1";

    /** Data of {@value #ASSESSMENT_CHANGED}. */
    public record AssessmentChanged(String indicatorId, String key, int year, String status, String previousStatus,
            String reason, Double achievedRate, Double neededRate, String advisingUnitCode, String basis, String reasonEn) {
    }

    /**
     * Data of both events: the indicator's definition after the change, and the targets that held in earlier years of
     * the term when it was adjusted (empty otherwise).
     */
    public record IndicatorDefined(String planNumber, String key, Indicator.Definition definition,
            java.util.List<Indicator.EarlierTarget> earlierTargets) {
    }

    /**
     * Data of the value events: which indicator, which period, the value, the comment of a return (or the unit's reason
     * for a submitted value that trips a check), and on a submission the checks it trips.
     */
    public record ValueChanged(String indicatorId, String key, String period, java.math.BigDecimal value,
            String advisingUnitCode, String comment, java.util.List<vn.wardplan.indicator.check.ValueChecks.Tripped> checks) {
    }

    private final OutboxEvents outbox;
    private final AuditTrail trail;

    IndicatorEvents(OutboxEvents outbox, AuditTrail trail) {
        this.outbox = outbox;
        this.trail = trail;
    }

    /** The change's entry in the ward's audit trail, made by the official calling. */
    public OutboxEvent audited(WardScope ward, Caller caller, AuditedChange change) {
        return audited(ward, new Actor(caller.username(), caller.displayName()), change);
    }

    public OutboxEvent audited(WardScope ward, Actor actor, AuditedChange change) {
        return trail.record(ward.ward(), ward.city(), actor, change);
    }

    public OutboxEvent defined(WardScope ward, String planNumber, String key, Indicator.Definition definition) {
        return outbox.create(TOPIC, DEFINED, Indicator.idOf(ward.ward(), planNumber, key), ward.ward(), ward.city(),
                new IndicatorDefined(planNumber, key, definition, java.util.List.of()));
    }

    public OutboxEvent changed(WardScope ward, String planNumber, String key, Indicator.Definition definition,
            java.util.List<Indicator.EarlierTarget> earlierTargets) {
        return outbox.create(TOPIC, CHANGED, Indicator.idOf(ward.ward(), planNumber, key), ward.ward(), ward.city(),
                new IndicatorDefined(planNumber, key, definition, earlierTargets));
    }

    public OutboxEvent valueChanged(WardScope ward, Indicator indicator, String period, java.math.BigDecimal value, String type,
            String comment) {
        return outbox.create(TOPIC, type, indicator.id(), ward.ward(), ward.city(),
                new ValueChanged(indicator.id(), indicator.key(), period, value, indicator.definition().advisingUnitCode(),
                        comment, null));
    }

    /** A value submitted, with the checks it trips and the unit's reason for them. */
    public OutboxEvent valueSubmitted(WardScope ward, Indicator indicator, String period, java.math.BigDecimal value, String reason,
            java.util.List<vn.wardplan.indicator.check.ValueChecks.Tripped> checks) {
        return outbox.create(TOPIC, VALUE_SUBMITTED, indicator.id(), ward.ward(), ward.city(),
                new ValueChanged(indicator.id(), indicator.key(), period, value, indicator.definition().advisingUnitCode(),
                        reason, checks));
    }

    public OutboxEvent assessmentChanged(WardScope ward, Indicator indicator, int year,
            vn.wardplan.indicator.target.Assessment assessment, vn.wardplan.indicator.target.AssessmentStatus previous) {
        return outbox.create(TOPIC, ASSESSMENT_CHANGED, indicator.id(), ward.ward(), ward.city(),
                new AssessmentChanged(indicator.id(), indicator.key(), year, assessment.status().name(),
                        previous == null ? null : previous.name(), assessment.reason(), assessment.achievedRate(),
                        assessment.neededRate(), indicator.definition().advisingUnitCode(), assessment.basis(),
                        assessment.reasonEn()));
    }

    /** The topic; each feature declares the outbox of the documents it stores (next to the document). */
    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        NewTopic indicatorsTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).build();
        }
    }
}
