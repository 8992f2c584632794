package vn.wardplan.task.cityframe;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;

/** The ward's indicators against the city's frame: read by the ward's officials, decided by its office. */
@RestController
class MappingResource {

    /** The platform's proposal: a frame indicator, how sure, and why. */
    record ProposalView(String frameCode, String frameName, Double confidence, String reason) {
    }

    /** An indicator's mapping as the office reviews it. */
    record MappingView(String indicatorId, String planNumber, String key, String name, String measureUnit, String state,
            String frameCode, String frameName, ProposalView proposal, String decidedBy, Instant decidedAt, Integer frameVersion) {
    }

    /** The office's decision: the frame indicator's code, or null for "the ward's own indicator". */
    record DecisionRequest(String frameCode) {
    }

    private final IndicatorMappings mappings;
    private final IndicatorFrames frames;

    MappingResource(IndicatorMappings mappings, IndicatorFrames frames) {
        this.mappings = mappings;
        this.frames = frames;
    }

    @GetMapping("/api/indicator-mappings")
    List<MappingView> list() {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        Optional<IndicatorFrame> frame = frames.current(ward.city());
        return mappings.ofWard(ward).stream()
                .sorted(java.util.Comparator.comparing(IndicatorMapping::planNumber).thenComparing(IndicatorMapping::id))
                .map(m -> view(m, frame)).toList();
    }

    @GetMapping("/api/indicator-mappings/{indicatorId}")
    MappingView one(@PathVariable String indicatorId) {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        return mappings.one(ward, indicatorId).map(m -> view(m, frames.current(ward.city())))
                .orElseThrow(() -> WardplanProblem.notFound("mapping.notFound", indicatorId));
    }

    @PutMapping("/api/indicator-mappings/{indicatorId}")
    @PreAuthorize("hasRole('ward-admin')")
    MappingView decide(@PathVariable String indicatorId, @RequestBody(required = false) DecisionRequest request) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        IndicatorMapping decided = mappings.decide(ward, indicatorId, request == null ? null : request.frameCode(),
                new Actor(caller.username(), caller.displayName()));
        return view(decided, frames.current(ward.city()));
    }

    private static MappingView view(IndicatorMapping m, Optional<IndicatorFrame> frame) {
        return new MappingView(m.id(), m.planNumber(), m.key(), m.name(), m.measureUnit(), m.state(), m.frameCode(),
                name(frame, m.frameCode()), m.proposedCode() == null && m.reason() == null ? null
                        : new ProposalView(m.proposedCode(), name(frame, m.proposedCode()), m.confidence(), m.reason()),
                m.decidedBy(), m.decidedAt(), m.frameVersion());
    }

    private static String name(Optional<IndicatorFrame> frame, String code) {
        return code == null ? null : frame.flatMap(f -> f.indicator(code)).map(FrameIndicator::name).orElse(null);
    }
}
