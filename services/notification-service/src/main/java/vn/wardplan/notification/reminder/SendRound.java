package vn.wardplan.notification.reminder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import vn.wardplan.notification.policy.ReminderPolicy;
import vn.wardplan.notification.recipient.Audience;
import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * What the reminders of one dispatch round share: a ward's policy and working calendar and the recipients of a set
 * of units, read once per round instead of once per reminder. A round lasts seconds; a change made meanwhile is seen
 * by the next round (and a policy or calendar change re-plans the ward's reminders anyway).
 */
final class SendRound {

    private final Map<WardScope, ReminderPolicy> policies = new ConcurrentHashMap<>();
    private final Map<WardScope, WorkingCalendar> calendars = new ConcurrentHashMap<>();
    private final Map<List<Object>, Audience.Recipients> recipients = new ConcurrentHashMap<>();

    ReminderPolicy policy(WardScope ward, Supplier<ReminderPolicy> load) {
        return policies.computeIfAbsent(ward, w -> load.get());
    }

    WorkingCalendar calendar(WardScope ward, Supplier<WorkingCalendar> load) {
        return calendars.computeIfAbsent(ward, w -> load.get());
    }

    Audience.Recipients recipients(List<Object> who, Supplier<Audience.Recipients> load) {
        return recipients.computeIfAbsent(who, w -> load.get());
    }
}
