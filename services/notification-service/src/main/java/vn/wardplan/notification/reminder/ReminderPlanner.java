package vn.wardplan.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.notification.policy.ReminderPolicy;
import vn.wardplan.notification.reminder.Reminder.Kind;

/**
 * When a deadline's reminders go out, under the ward's policy and working calendar. A reminder whose time has
 * passed when the deadline is planned is not dropped: the latest passed one goes out at once, marked late, and the
 * older passed ones are kept as SUPERSEDED by it (one late mail, not three). Nothing goes out in the quiet hours:
 * such a reminder waits for the morning.
 */
final class ReminderPlanner {


    /** A planned occurrence; {@code supersededBy} is set when it will not be sent because a later one covers it. */
    public record Planned(Kind kind, int sequence, Instant sendAt, boolean late, String supersededBy) {
    }

    private final ReminderPolicy policy;
    private final WorkingCalendar calendar;

    public ReminderPlanner(ReminderPolicy policy, WorkingCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    /**
     * The reminders of a deadline due on {@code dueDate}, planned at {@code now}; {@code lastSent} is when the latest
     * reminder for the same due date went out (null if none), so a re-plan never repeats what people already got.
     */
    public List<Planned> plan(LocalDate dueDate, Instant now, Instant lastSent) {
        Map<Instant, Planned> byTime = new LinkedHashMap<>();
        List<Integer> before = policy.beforeWorkingDays().stream().distinct().sorted(Comparator.reverseOrder()).toList();
        for (int days : before) {
            put(byTime, new Planned(Kind.BEFORE, days, at(calendar.minusWorkingDays(dueDate, days)), false, null));
        }
        if (policy.onDueDay()) {
            put(byTime, new Planned(Kind.DUE, 0, at(calendar.workingDayOnOrBefore(dueDate)), false, null));
        }
        List<Planned> reminders = new ArrayList<>(byTime.values());
        reminders.add(new Planned(Kind.OVERDUE, 1, at(calendar.plusWorkingDays(dueDate, policy.overdueEveryWorkingDays())), false, null));
        List<Planned> planned = collapsePassed(reminders, now, lastSent);
        Planned escalation = new Planned(Kind.ESCALATION, 0, at(calendar.plusWorkingDays(dueDate, policy.escalateAfterWorkingDays())),
                false, null);
        planned.addAll(collapsePassed(List.of(escalation), now, null));
        return planned;
    }

    /** The next overdue reminder after the {@code sequence}-th one went out at {@code now}; null when the policy's cap is reached. */
    public Planned nextOverdue(LocalDate dueDate, int sequence, Instant now) {
        if (sequence >= policy.maxOverdueReminders()) {
            return null;
        }
        LocalDate byPolicy = calendar.plusWorkingDays(dueDate, policy.overdueEveryWorkingDays() * (sequence + 1));
        LocalDate afterThisOne = calendar.plusWorkingDays(now.atZone(WorkingCalendar.VIETNAM).toLocalDate(), policy.overdueEveryWorkingDays());
        LocalDate day = byPolicy.isAfter(afterThisOne) ? byPolicy : afterThisOne;
        return new Planned(Kind.OVERDUE, sequence + 1, at(day), false, null);
    }

    /** The time a reminder due now may go out: now, or the end of the quiet hours. */
    public Instant outsideQuietHours(Instant time) {
        LocalDateTime local = LocalDateTime.ofInstant(time, WorkingCalendar.VIETNAM);
        if (!policy.isQuiet(local.toLocalTime())) {
            return time;
        }
        LocalDateTime morning = local.toLocalDate().atTime(policy.quietUntil());
        if (!morning.isAfter(local)) {
            morning = morning.plusDays(1);
        }
        return morning.atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    private static void put(Map<Instant, Planned> byTime, Planned reminder) {
        // Two rules landing on the same day (1 day before a due date that is a day off) send one reminder: the later rule's.
        byTime.put(reminder.sendAt(), reminder);
    }

    private List<Planned> collapsePassed(List<Planned> reminders, Instant now, Instant lastSent) {
        List<Planned> passed = reminders.stream().filter(r -> !r.sendAt().isAfter(now)).toList();
        List<Planned> result = new ArrayList<>(reminders.stream().filter(r -> r.sendAt().isAfter(now)).toList());
        if (passed.isEmpty()) {
            return result;
        }
        Planned latest = passed.getLast();
        String latestKey = latest.kind() + "-" + latest.sequence();
        boolean alreadyReminded = lastSent != null && !lastSent.isBefore(latest.sendAt());
        for (Planned older : passed.subList(0, passed.size() - 1)) {
            result.add(new Planned(older.kind(), older.sequence(), older.sendAt(), false, latestKey));
        }
        result.add(alreadyReminded
                ? new Planned(latest.kind(), latest.sequence(), latest.sendAt(), false, "SENT-" + lastSent)
                : new Planned(latest.kind(), latest.sequence(), outsideQuietHours(now), true, null));
        result.sort(Comparator.comparing(Planned::sendAt));
        return result;
    }

    private Instant at(LocalDate day) {
        return day.atTime(policy.sendTime()).atZone(WorkingCalendar.VIETNAM).toInstant();
    }
}
