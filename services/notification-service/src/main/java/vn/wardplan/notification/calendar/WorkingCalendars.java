package vn.wardplan.notification.calendar;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.platform.calendar.WorkingCalendar;

/** Each ward's working calendar: the statutory one with the ward's announced days. */
@Component
public class WorkingCalendars {

    private final WardScopedMongo mongo;

    WorkingCalendars(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    public WorkingCalendar of(WardScope ward) {
        return new WorkingCalendar(mongo.find(ward, new Query(), CalendarAnnouncement.class)
                .stream().filter(a -> !a.withdrawn()).map(a -> new WorkingCalendar.Announcement(a.date(), a.dayOff(), a.name())).toList());
    }
}
