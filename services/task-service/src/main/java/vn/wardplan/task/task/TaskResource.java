package vn.wardplan.task.task;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The tasks of the caller's ward, paged, filtered by field and by unit (lead or coordinating). */
@RestController
class TaskResource {

    /** A task as the API shows it. */
    record TaskView(String id, String planNumber, String key, String field, String title, String period, UnitRef leadUnit,
            List<UnitRef> coordinatingUnits, String output, String directingLeader) {

        static TaskView of(Task t) {
            return new TaskView(t.id(), t.planNumber(), t.key(), t.field(), t.title(), t.period(), t.leadUnit(),
                    t.coordinatingUnits(), t.output(), t.directingLeader());
        }
    }

    /** Spring Data's paged shape: {@code {content, page: {size, number, totalElements, totalPages}}}. */
    record Paged<T>(List<T> content, PageInfo page) {
    }

    record PageInfo(int size, int number, long totalElements, long totalPages) {
    }

    private final WardScopedMongo mongo;

    TaskResource(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/tasks")
    Paged<TaskView> list(@RequestParam(required = false) String field, @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw WardplanProblem.badRequest("page.invalid");
        }
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        Criteria filter = new Criteria();
        if (field != null && !field.isBlank()) {
            filter = filter.and("field").is(field);
        }
        if (unit != null && !unit.isBlank()) {
            filter = filter.orOperator(Criteria.where("leadUnit.code").is(unit), Criteria.where("coordinatingUnits.code").is(unit));
        }
        long total = mongo.count(ward, filter, Task.class);
        Query query = new Query(filter).with(Sort.by("planNumber", "position")).skip((long) page * size).limit(size);
        List<TaskView> content = mongo.find(ward, query, Task.class).stream().map(TaskView::of).toList();
        return new Paged<>(content, new PageInfo(size, page, total, (total + size - 1) / size));
    }

    @GetMapping("/api/tasks/{id}")
    TaskView get(@PathVariable String id) {
        return mongo.findOne(WardAccess.ownWard(CurrentCaller.get()), Criteria.where("_id").is(id), Task.class)
                .map(TaskView::of).orElseThrow(() -> WardplanProblem.notFound("task.notFound", id));
    }
}
