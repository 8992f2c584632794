package vn.wardplan.notification.policy;

import org.springframework.stereotype.Component;

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.notification.calendar.WorkingCalendars;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** A ward's reminder policy (the stored one or the defaults) and its working calendar. */
@Component
public class Policies {

    private final WardScopedMongo mongo;
    private final WorkingCalendars calendars;

    Policies(WardScopedMongo mongo, WorkingCalendars calendars) {
        this.mongo = mongo;
        this.calendars = calendars;
    }

    public ReminderPolicy of(WardScope ward) {
        return mongo.findById(ward, ward.ward(), ReminderPolicy.class)
                .orElseGet(() -> ReminderPolicy.defaults(ward.ward(), ward.city()));
    }

    public WorkingCalendar calendar(WardScope ward) {
        return calendars.of(ward);
    }
}
