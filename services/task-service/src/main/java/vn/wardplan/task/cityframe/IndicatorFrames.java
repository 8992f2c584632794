package vn.wardplan.task.cityframe;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

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
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The versions of each city's indicator frame: the current one, any earlier one, and a new one. */
@Service
class IndicatorFrames {

    private final WardScopedMongo mongo;
    private final FrameEvents events;
    private final AuditTrail trail;
    private final Clock clock;

    IndicatorFrames(WardScopedMongo mongo, FrameEvents events, AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    public Optional<IndicatorFrame> current(String city) {
        return mongo.find(scope(city), new Query().with(Sort.by(Sort.Direction.DESC, "version")).limit(1), IndicatorFrame.class)
                .stream().findFirst();
    }

    Optional<IndicatorFrame> version(String city, int version) {
        return mongo.findById(scope(city), IndicatorFrame.idOf(city, version), IndicatorFrame.class);
    }

    List<IndicatorFrame> versions(String city) {
        return mongo.find(scope(city), new Query().with(Sort.by(Sort.Direction.DESC, "version")), IndicatorFrame.class);
    }

    /** Stores the checked frame as the next version; 409 when another change took that version first. */
    IndicatorFrame replace(String city, List<FrameIndicator> indicators, String source, Actor changedBy) {
        List<FrameIndicator> checked = FrameChange.checked(indicators);
        int next = current(city).map(IndicatorFrame::version).orElse(0) + 1;
        WardScope scope = scope(city);
        List<FrameIndicator> before = current(city).map(IndicatorFrame::indicators).orElse(null);
        IndicatorFrame frame = new IndicatorFrame(IndicatorFrame.idOf(city, next), scope.ward(), city, next, source, checked,
                changedBy.username(), clock.instant(), List.of(events.frameChanged(scope,
                        new FrameEvents.FrameChanged(city, next, source, checked)),
                        trail.record(scope.ward(), city, changedBy, AuditedChange.of(AuditKind.FRAME, IndicatorFrame.scopeOf(city),
                                "Khung chỉ tiêu của thành phố, phiên bản " + next, "frame.changed", before, checked))));
        if (!mongo.insertIfAbsent(scope, frame)) {
            throw new WardplanProblem(HttpStatus.CONFLICT, "frame.concurrent", next);
        }
        return frame;
    }

    static WardScope scope(String city) {
        return WardScope.trusted(IndicatorFrame.scopeOf(city), city);
    }
}
