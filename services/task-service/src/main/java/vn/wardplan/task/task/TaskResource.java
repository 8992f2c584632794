package vn.wardplan.task.task;

import java.time.Clock;
import java.time.LocalDate;
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

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.platform.web.Paging;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The tasks of the caller's ward, paged, filtered by field and by unit (lead or coordinating). */
@RestController
class TaskResource {

    private final WardScopedMongo mongo;
    private final Clock clock;

    TaskResource(WardScopedMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @GetMapping("/api/tasks")
    PagedModel<TaskView> list(@RequestParam(required = false) String field, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String leadUnit, @RequestParam(required = false) String coordinatingUnit,
            @RequestParam(required = false) String leader, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest paging = Paging.of(page, size);
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        Criteria filter = new Criteria();
        if (field != null && !field.isBlank()) {
            filter = filter.and("field").is(field);
        }
        if (unit != null && !unit.isBlank()) {
            filter = filter.orOperator(Criteria.where("leadUnit.code").is(unit), Criteria.where("coordinatingUnits.code").is(unit));
        }
        if (leadUnit != null && !leadUnit.isBlank()) {
            filter = filter.and("leadUnit.code").is(leadUnit);
        }
        if (coordinatingUnit != null && !coordinatingUnit.isBlank()) {
            filter = filter.and("coordinatingUnits.code").is(coordinatingUnit);
        }
        if (leader != null && !leader.isBlank()) {
            filter = filter.and("directingLeader").is(leader);
        }
        Criteria deliverable = deliverableFilter(year, status);
        if (deliverable != null) {
            filter = filter.and("deliverables").elemMatch(deliverable);
        }
        long total = mongo.count(ward, filter, Task.class);
        Query query = new Query(filter).with(Sort.by("planNumber", "position")).with(paging);
        LocalDate today = today();
        List<TaskView> content = mongo.find(ward, query, Task.class).stream().map(t -> TaskView.of(t, today)).toList();
        return Paging.model(content, paging, total);
    }

    /**
     * Tasks with a deliverable of the year and/or in the status; OVERDUE is computed, so it becomes "due before
     * today and neither submitted nor accepted".
     */
    private Criteria deliverableFilter(Integer year, String status) {
        if (year == null && (status == null || status.isBlank())) {
            return null;
        }
        Criteria c = new Criteria();
        if (year != null) {
            c = c.and("year").is(year);
        }
        if (status != null && !status.isBlank()) {
            if (status.equals("OVERDUE")) {
                c = c.andOperator(Deliverable.overdueCriteria(today()));
            } else if (List.of("PLANNED", "SUBMITTED", "ACCEPTED", "RETURNED").contains(status)) {
                c = c.and("status").is(status);
            } else {
                throw WardplanProblem.badRequest("deliverable.statusUnknown", status);
            }
        }
        return c;
    }

    @GetMapping("/api/tasks/{id}")
    TaskView get(@PathVariable String id) {
        return mongo.findOne(WardAccess.ownWard(CurrentCaller.get()), Criteria.where("_id").is(id), Task.class)
                .map(t -> TaskView.of(t, today())).orElseThrow(() -> WardplanProblem.notFound("task.notFound", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
    }
}
