package vn.wardplan.indicator.standing;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.indicator.target.Assessment;
import vn.wardplan.indicator.target.AssessmentStatus;
import vn.wardplan.indicator.target.Baseline;
import vn.wardplan.indicator.target.TargetSpec;
import vn.wardplan.indicator.indicator.Indicator;
import vn.wardplan.indicator.value.IndicatorValues;
import vn.wardplan.platform.web.Paging;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The indicators of the caller's ward, paged, filtered by group, advising unit and directing leader. */
@RestController
class IndicatorResource {

    /**
     * An indicator as the API shows it; {@code earlierTargets} the targets of earlier years of the term when it was
     * adjusted, {@code adjustedFrom} the first year of the target now in force then.
     */
    record IndicatorView(String id, String planNumber, String key, String code, String parentKey, String group, String name,
            String measureUnit, String byEndText, String yearlyText, TargetSpec target, TargetSpec endTarget, String targetNote,
            String targetTypedBy, String directingLeader, String advisingUnitCode, String advisingUnitText,
            Baseline baseline, java.util.List<Indicator.EarlierTarget> earlierTargets, Integer adjustedFrom, Assessment assessment) {

        static IndicatorView of(Indicator i, Assessment assessment) {
            Indicator.Definition d = i.definition();
            return new IndicatorView(i.id(), i.planNumber(), i.key(), d.code(), d.parentKey(), d.group(), d.name(), d.measureUnit(),
                    d.byEndText(), d.yearlyText(), d.target(), d.endTarget(), d.targetNote(), d.targetTypedBy(), d.directingLeader(),
                    d.advisingUnitCode(), d.advisingUnitText(), i.baseline(), i.earlierTargets(), i.adjustedFrom(), assessment);
        }
    }

    private final WardScopedMongo mongo;
    private final IndicatorValues values;

    IndicatorResource(WardScopedMongo mongo, IndicatorValues values) {
        this.mongo = mongo;
        this.values = values;
    }

    /**
     * With {@code year}, each indicator carries its assessment for that year, and {@code status} keeps those in
     * that status (ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA). {@code awaiting=true} keeps those with a value
     * submitted and waiting for the ward office (chờ duyệt), of the year when one is given.
     */
    @GetMapping("/api/indicators")
    PagedModel<IndicatorView> list(@RequestParam(required = false) String group,
            @RequestParam(required = false) String advisingUnit, @RequestParam(required = false) String leader,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) AssessmentStatus status,
            @RequestParam(defaultValue = "false") boolean awaiting,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        PageRequest paging = Paging.of(page, size);
        if (status != null && year == null) {
            throw WardplanProblem.badRequest("assessment.statusNeedsYear");
        }
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        Criteria filter = new Criteria();
        if (group != null && !group.isBlank()) {
            filter = filter.and("group").is(group);
        }
        if (advisingUnit != null && !advisingUnit.isBlank()) {
            filter = filter.and("advisingUnitCode").is(advisingUnit);
        }
        if (leader != null && !leader.isBlank()) {
            filter = filter.and("directingLeader").is(leader);
        }
        if (awaiting) {
            Criteria submitted = Criteria.where("status").is(vn.wardplan.indicator.value.IndicatorValue.Status.SUBMITTED);
            if (year != null) {
                submitted = submitted.and("period").regex("^" + year + "(-|$)");
            }
            filter = filter.and("_id").in(mongo.find(ward, submitted, vn.wardplan.indicator.value.IndicatorValue.class).stream()
                    .map(vn.wardplan.indicator.value.IndicatorValue::indicatorId).distinct().toList());
        }
        if (year == null) {
            long total = mongo.count(ward, filter, Indicator.class);
            Query query = new Query(filter).with(Sort.by("planNumber", "position")).with(paging);
            List<IndicatorView> content = mongo.find(ward, query, Indicator.class).stream().map(i -> IndicatorView.of(i, null))
                    .toList();
            return Paging.model(content, paging, total);
        }
        // Assessments are computed, not stored: a ward has tens of indicators, so they are assessed in memory.
        List<IndicatorView> all = mongo.find(ward, new Query(filter).with(Sort.by("planNumber", "position")), Indicator.class)
                .stream().filter(i -> i.definition().covers(year))
                .map(i -> IndicatorView.of(i, values.assess(ward, i, year)))
                .filter(v -> status == null || v.assessment().status() == status).toList();
        int from = (int) Math.min(paging.getOffset(), all.size());
        List<IndicatorView> content = all.subList(from, Math.min(from + paging.getPageSize(), all.size()));
        return Paging.model(content, paging, all.size());
    }

    @GetMapping("/api/indicators/{id}")
    IndicatorView get(@PathVariable String id) {
        return mongo.findOne(WardAccess.ownWard(CurrentCaller.get()), Criteria.where("_id").is(id), Indicator.class)
                .map(i -> IndicatorView.of(i, null)).orElseThrow(() -> WardplanProblem.notFound("indicator.notFound", id));
    }
}
