package vn.wardplan.notification.period;

import vn.wardplan.platform.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.deadline.PeriodNames;
import vn.wardplan.notification.reminder.Reminder;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * The ward office's "remind the late ones now" for a period: one reminder to each unit that owes something of the
 * period past its deadline (task reports and indicator values together), sent through the usual dispatcher and kept in
 * the reminder log. Its key holds the day, so pressing twice the same day sends nothing more.
 */
@Service
class LateReports {

    /** One late unit: what it owes and whether this press reminded it (false: already reminded today). */
    record LateUnit(String unit, List<String> items, LocalDate firstDue, boolean reminded) {
    }

    private final WardScopedMongo mongo;
    private final PeriodNames periodNames;
    private final Clock clock;

    LateReports(WardScopedMongo mongo, PeriodNames periodNames, Clock clock) {
        this.mongo = mongo;
        this.periodNames = periodNames;
        this.clock = clock;
    }

    List<LateUnit> remind(WardScope ward, String period) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(WorkingCalendar.VIETNAM).toLocalDate();
        String label = periodNames.of(ward, period);
        Map<String, List<Deadline>> byUnit = mongo.find(ward, Criteria.where("period").is(period).and("open").is(true)
                        .and("dueDate").lt(today).and("kind").in(Deadline.Kind.DELIVERABLE, Deadline.Kind.INDICATOR_VALUE), Deadline.class)
                .stream().filter(d -> d.leadUnit() != null)
                .collect(Collectors.groupingBy(Deadline::leadUnit, TreeMap::new, Collectors.toList()));
        List<LateUnit> late = new ArrayList<>();
        for (Map.Entry<String, List<Deadline>> unit : byUnit.entrySet()) {
            List<Deadline> items = unit.getValue().stream().sorted(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::title)).toList();
            LocalDate firstDue = items.getFirst().dueDate();
            // The ward in the id: two wards late in the same period for the same unit code are two deadlines.
            String id = "period:" + period + "/" + ward.ward() + ":" + unit.getKey();
            String title = items.size() + " việc của kỳ " + label + " chưa gửi: "
                    + items.stream().limit(5).map(Deadline::title).collect(Collectors.joining("; ")) + (items.size() > 5 ? "; …" : "");
            mongo.save(ward, new Deadline(id, ward.ward(), ward.city(), Deadline.Kind.PERIOD_REPORTS, period, period, title,
                    "/periods/" + period, firstDue, unit.getKey(), List.of(), null, false, now));
            Reminder reminder = new Reminder(Reminder.key(id, today, Reminder.Kind.REQUESTED, 1), ward.ward(), ward.city(), id, firstDue,
                    Reminder.Kind.REQUESTED, 1, now, false, Reminder.Status.PENDING, null, null, null, 0, List.of(), now, null);
            late.add(new LateUnit(unit.getKey(), items.stream().map(Deadline::title).toList(), firstDue, mongo.insertIfAbsent(ward, reminder)));
        }
        return late;
    }
}
