package vn.wardplan.task.cityframe;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.task.planimport.FrameMappingStep;
import vn.wardplan.task.planimport.ImportReport;
import vn.wardplan.task.planimport.IndicatorLine;
import vn.wardplan.task.planimport.Plan;

/**
 * Keeps every ward indicator's mapping to its city's frame (ADR 0021): proposed at import and whenever the frame
 * changes, applied at once where the platform is sure, left to the ward office otherwise. An office decision stands
 * through re-imports and new frame versions, unless the frame no longer has the indicator it chose. Within a ward, a
 * frame indicator counts for one ward indicator only.
 */
@Service
class IndicatorMappings implements FrameMappingStep {

    private static final Logger log = LoggerFactory.getLogger(IndicatorMappings.class);

    private final WardScopedMongo mongo;
    private final AcrossWards acrossWards;
    private final IndicatorFrames frames;
    private final FrameEvents events;
    private final AuditTrail trail;
    private final Clock clock;

    IndicatorMappings(WardScopedMongo mongo, AcrossWards acrossWards, IndicatorFrames frames, FrameEvents events, AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.mongo = mongo;
        this.acrossWards = acrossWards;
        this.frames = frames;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<ImportReport.MappingPreview> preview(WardScope ward, String planNumber, List<IndicatorLine> lines) {
        Optional<IndicatorFrame> frame = frames.current(ward.city());
        if (frame.isEmpty()) {
            return List.of();
        }
        Map<String, IndicatorMapping.Standing> standings = standings(frame.get(), lines, stored(ward, planNumber));
        return lines.stream().map(line -> {
            IndicatorMapping.Standing s = standings.get(line.key());
            String code = s.frameCode() != null ? s.frameCode() : s.proposedCode();
            return new ImportReport.MappingPreview(line.key(), line.name(), s.state(), code,
                    code == null ? null : frame.get().indicator(code).map(FrameIndicator::name).orElse(null), s.confidence(),
                    s.reason());
        }).toList();
    }

    @Override
    public void imported(WardScope ward, String planNumber, List<IndicatorLine> lines) {
        frames.current(ward.city()).ifPresent(frame -> remap(ward, planNumber, lines, frame));
    }

    /** The frame changed: every plan of every ward of the city is proposed again against it. */
    void remapCity(IndicatorFrame frame) {
        int wards = 0;
        for (WardScope ward : acrossWards.wardsOf(Plan.class)) {
            if (!frame.city().equals(ward.city())) {
                continue;
            }
            wards++;
            for (Plan plan : mongo.find(ward, new Criteria(), Plan.class)) {
                remap(ward, plan.number(), plan.indicators(), frame);
            }
        }
        log.info("Frame {} v{}: mappings of {} wards proposed again", frame.city(), frame.version(), wards);
    }

    List<IndicatorMapping> ofWard(WardScope ward) {
        return mongo.find(ward, new Criteria(), IndicatorMapping.class);
    }

    Optional<IndicatorMapping> one(WardScope ward, String indicatorId) {
        return mongo.findById(ward, indicatorId, IndicatorMapping.class);
    }

    /**
     * The office's decision: the frame indicator this indicator counts as, or none (the ward's own). 404 for an indicator
     * the ward does not have, 400 for a code the frame does not have, 409 when another of the ward's indicators counts as it.
     */
    IndicatorMapping decide(WardScope ward, String indicatorId, String frameCode, Actor official) {
        IndicatorMapping mapping = one(ward, indicatorId).orElseThrow(() -> WardplanProblem.notFound("mapping.notFound", indicatorId));
        IndicatorFrame frame = frames.current(ward.city()).orElseThrow(() -> WardplanProblem.notFound("frame.none", ward.city()));
        String code = frameCode == null || frameCode.isBlank() ? null : frameCode.strip();
        if (code != null) {
            if (frame.indicator(code).isEmpty()) {
                throw WardplanProblem.badRequest("mapping.unknownCode", code, frame.version());
            }
            Optional<IndicatorMapping> holder = ofWard(ward).stream()
                    .filter(m -> code.equals(m.frameCode()) && !m.id().equals(indicatorId)).findFirst();
            if (holder.isPresent()) {
                throw new WardplanProblem(HttpStatus.CONFLICT, "mapping.taken", code, holder.get().name());
            }
        }
        IndicatorMapping.Standing before = mapping.standing();
        IndicatorMapping.Standing decided = new IndicatorMapping.Standing(before.name(), before.measureUnit(), before.parentKey(),
                code == null ? IndicatorMapping.WARD_ONLY : IndicatorMapping.CONFIRMED, code, frame.version(),
                before.proposedCode(), before.confidence(), before.reason(), official.username());
        Instant now = clock.instant();
        return mongo.save(ward, mapping.with(decided, now, now, event(ward, mapping.id(), mapping.planNumber(), mapping.key(), decided),
                audited(ward, official, mapping, before, decided, "mapping.decided")));
    }

    private OutboxEvent audited(WardScope ward, Actor actor, IndicatorMapping mapping, IndicatorMapping.Standing before,
            IndicatorMapping.Standing after, String action) {
        return trail.record(ward.ward(), ward.city(), actor, AuditedChange.of(AuditKind.MAPPING, mapping.id(),
                "Chỉ tiêu " + mapping.key() + ": " + mapping.name(), action, before, after));
    }

    private void remap(WardScope ward, String planNumber, List<IndicatorLine> lines, IndicatorFrame frame) {
        Map<String, IndicatorMapping> stored = stored(ward, planNumber);
        Map<String, IndicatorMapping.Standing> standings = standings(frame, lines, stored);
        Instant now = clock.instant();
        for (IndicatorLine line : lines) {
            IndicatorMapping.Standing s = standings.get(line.key());
            IndicatorMapping old = stored.get(line.key());
            if (old == null) {
                mongo.save(ward, IndicatorMapping.first(ward.ward(), ward.city(), planNumber, line.key(), s, now,
                        event(ward, IndicatorMapping.idOf(ward.ward(), planNumber, line.key()), planNumber, line.key(), s)));
            } else if (!old.standing().equals(s)) {
                mongo.save(ward, old.with(s, old.decidedAt(), now, event(ward, old.id(), planNumber, old.key(), s),
                        audited(ward, Actor.platform("đối chiếu với khung chỉ tiêu của thành phố"), old, old.standing(), s,
                                "mapping.remapped")));
            }
        }
    }

    private Map<String, IndicatorMapping> stored(WardScope ward, String planNumber) {
        return mongo.find(ward, Criteria.where("planNumber").is(planNumber), IndicatorMapping.class).stream()
                .collect(Collectors.toMap(IndicatorMapping::key, Function.identity()));
    }

    /** What each row's mapping becomes against the frame, the office's standing decisions kept. */
    static Map<String, IndicatorMapping.Standing> standings(IndicatorFrame frame, List<IndicatorLine> lines,
            Map<String, IndicatorMapping> stored) {
        Map<String, FrameMatcher.Proposal> proposals = new FrameMatcher(frame.indicators()).propose(lines.stream()
                .map(l -> new FrameMatcher.WardIndicator(l.key(), l.parentKey(), l.name(), l.measureUnit())).toList());
        Set<String> reserved = new HashSet<>();
        Map<String, Boolean> standsDecided = new HashMap<>();
        for (IndicatorLine line : lines) {
            IndicatorMapping old = stored.get(line.key());
            boolean stands = old != null && old.decidedBy() != null
                    && (old.frameCode() == null || frame.indicator(old.frameCode()).isPresent());
            standsDecided.put(line.key(), stands);
            if (stands && old.frameCode() != null) {
                reserved.add(old.frameCode());
            }
        }
        Map<String, IndicatorMapping.Standing> standings = new HashMap<>();
        for (IndicatorLine line : lines) {
            FrameMatcher.Proposal p = proposals.get(line.key());
            IndicatorMapping old = stored.get(line.key());
            String state;
            String code;
            String decidedBy = null;
            if (standsDecided.get(line.key())) {
                state = old.state();
                code = old.frameCode();
                decidedBy = old.decidedBy();
            } else if (p.frameCode() != null && p.sure() && !reserved.contains(p.frameCode())) {
                state = IndicatorMapping.AUTO;
                code = p.frameCode();
            } else if (p.frameCode() != null) {
                state = IndicatorMapping.PROPOSED;
                code = null;
            } else {
                state = IndicatorMapping.WARD_ONLY;
                code = null;
            }
            standings.put(line.key(), new IndicatorMapping.Standing(line.name(), line.measureUnit(), line.parentKey(), state, code,
                    frame.version(), p.frameCode(), p.confidence(), p.reason(), decidedBy));
        }
        return standings;
    }

    private OutboxEvent event(WardScope ward, String id, String planNumber, String key, IndicatorMapping.Standing s) {
        return events.mappingChanged(ward, new FrameEvents.MappingChanged(id, planNumber, key, s.frameCode(), s.state(),
                s.frameVersion(), s.proposedCode(), s.confidence(), s.reason()));
    }
}
