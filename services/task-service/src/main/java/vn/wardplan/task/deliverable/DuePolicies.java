package vn.wardplan.task.deliverable;

import java.time.DateTimeException;
import java.time.MonthDay;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** Reads and changes a ward's due-date policy; without one, annual deliverables are due on 30 November. */
@Service
public class DuePolicies {

    private final WardScopedMongo mongo;

    DuePolicies(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    public MonthDay dueDay(WardScope ward) {
        return mongo.findOne(ward, Criteria.where("_id").is(ward.ward()), DuePolicy.class)
                .map(p -> MonthDay.parse("--" + p.annualDueDay())).orElse(DeliverablePlanner.DEFAULT_DUE_DAY);
    }

    public MonthDay setDueDay(WardScope ward, String monthDay) {
        MonthDay day;
        try {
            day = MonthDay.parse("--" + monthDay);
        } catch (DateTimeException e) {
            throw WardplanProblem.badRequest("policy.dueDay", monthDay);
        }
        if (day.getMonthValue() == 2 && day.getDayOfMonth() == 29) {
            throw WardplanProblem.badRequest("policy.dueDay", monthDay);
        }
        mongo.save(ward, new DuePolicy(ward.ward(), ward.ward(), ward.city(), monthDay));
        return day;
    }
}
