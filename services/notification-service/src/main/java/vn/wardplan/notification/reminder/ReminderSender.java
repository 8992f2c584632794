package vn.wardplan.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.notification.channel.DispatchSettings;
import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.deadline.Deadlines;
import vn.wardplan.notification.policy.Policies;
import vn.wardplan.notification.policy.ReminderPolicy;
import vn.wardplan.notification.reminder.Reminder.Channel;
import vn.wardplan.notification.reminder.Reminder.Delivery;
import vn.wardplan.notification.reminder.Reminder.Kind;
import vn.wardplan.notification.reminder.Reminder.Status;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Sends one claimed reminder (its fan-out to recipients and channels is {@link ReminderFanout}'s), logging each
 * delivery so that a replica taking the reminder over after a crash skips what already went out. A mail or webhook
 * call is logged before the next one starts, the last one with the reminder's final state in the same write; an inbox
 * entry or digest line (stored by its own id, so repeating it changes nothing) is logged with the next write. A
 * reminder whose deadline was closed or moved meanwhile is cancelled, not sent. Failed deliveries are retried with
 * back-off; after the last attempt the reminder is FAILED and the ward office sees it in the delivery log.
 */
@Component
class ReminderSender {

    private static final Logger logger = LoggerFactory.getLogger(ReminderSender.class);

    private final WardScopedMongo mongo;
    private final AcrossWards acrossWards;
    private final Deadlines deadlines;
    private final Policies policies;
    private final ReminderFanout fanout;
    private final Reminders reminders;
    private final DispatchSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    ReminderSender(WardScopedMongo mongo, AcrossWards acrossWards, Deadlines deadlines, Policies policies, ReminderFanout fanout,
            Reminders reminders, DispatchSettings settings, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.acrossWards = acrossWards;
        this.deadlines = deadlines;
        this.policies = policies;
        this.fanout = fanout;
        this.reminders = reminders;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** Sends a reminder this worker claimed (its {@code attempts} identify the claim), reading what its ward shares from the round. */
    void send(Reminder reminder, SendRound round) {
        WardScope ward = WardScope.trusted(reminder.ward(), reminder.city());
        DeliveryLog log = new DeliveryLog(reminder);
        try {
            Deadline deadline = deadlines.find(ward, reminder.deadlineId()).orElse(null);
            // A requested reminder gathers what is late at the moment the office asked: its deadline is a summary, never open.
            boolean requested = reminder.kind() == Kind.REQUESTED;
            if (deadline == null || !requested && (!deadline.open() || !deadline.dueDate().equals(reminder.dueDate()))) {
                finish(log, Status.CANCELLED, deadline == null ? "Không còn hạn này"
                        : deadline.open() ? "Hạn đã đổi sang " + deadline.dueDate() : "Đã nộp hoặc đã hoàn thành");
                return;
            }
            if (coveredByALaterReminder(ward, reminder)) {
                finish(log, Status.SUPERSEDED, "Gộp vào lần nhắc sau cùng đã đến giờ gửi");
                return;
            }
            ReminderPolicy policy = round.policy(ward, () -> policies.of(ward));
            WorkingCalendar calendar = round.calendar(ward, () -> policies.calendar(ward));
            boolean allDelivered = fanout.deliver(ward, reminder, deadline, policy, calendar, round,
                    (channel, recipient, address, send) -> attempt(log, channel, recipient, address, send));
            if (allDelivered) {
                finish(log, Status.SENT, null);
                meters.counter("wardplan.reminders.sent", "kind", reminder.kind().name(), "late", String.valueOf(reminder.late())).increment();
                meters.timer("wardplan.reminders.lateness").record(Duration.between(reminder.sendAt(), clock.instant()));
                if (reminder.kind() == Kind.OVERDUE) {
                    ReminderPlanner.Planned next = new ReminderPlanner(policy, calendar)
                            .nextOverdue(deadline.dueDate(), reminder.sequence(), clock.instant());
                    if (next != null) {
                        reminders.add(deadline, next);
                    }
                }
            } else {
                retryOrFail(log);
            }
        } catch (ReminderFanout.NoRecipient e) {
            logger.warn("Reminder {} reaches nobody: {}", reminder.id(), e.getMessage());
            finish(log, Status.FAILED, e.getMessage());
            meters.counter("wardplan.reminders.failed").increment();
        } catch (RuntimeException e) {
            logger.warn("Reminder {} could not be sent: {}", reminder.id(), e.toString());
            log.add(new Delivery(null, null, null, clock.instant(), false, e.toString()));
            retryOrFail(log);
        }
    }

    /**
     * After downtime several reminders of one deadline are due at once: only the latest goes out (escalations apart).
     * Replicas may handle them in parallel, so a later one counts whether it waits, is being sent or went out.
     */
    private boolean coveredByALaterReminder(WardScope ward, Reminder reminder) {
        // Only a reminder that waited long (downtime) can have a later one due too; fresh ones skip the query.
        if (reminder.kind() == Kind.ESCALATION || reminder.sendAt().isAfter(clock.instant().minus(settings.staleAfter()))) {
            return false;
        }
        return mongo.count(ward, Criteria.where("deadlineId").is(reminder.deadlineId()).and("dueDate").is(reminder.dueDate())
                .and("status").in(Status.PENDING, Status.SENDING, Status.SENT).and("kind").ne(Kind.ESCALATION)
                .and("sendAt").gt(reminder.sendAt()).lte(clock.instant()), Reminder.class) > 0;
    }

    private boolean attempt(DeliveryLog log, Channel channel, String recipient, String address, Runnable send) {
        if (log.reminder().delivered(channel, address)) {
            return true;
        }
        if (!repeatable(channel)) {
            // What went out before this mail or call is on record before it starts.
            log.write();
        }
        try {
            send.run();
            log.add(new Delivery(channel, recipient, address, clock.instant(), true, null));
            return true;
        } catch (RuntimeException e) {
            log.add(new Delivery(channel, recipient, address, clock.instant(), false, e.getMessage()));
            meters.counter("wardplan.reminders.delivery.failed", "channel", channel.name()).increment();
            return false;
        }
    }

    /** An inbox entry or digest line is stored under its own id: sending it again after a take-over changes nothing. */
    private static boolean repeatable(Channel channel) {
        return channel == Channel.INBOX || channel == Channel.DIGEST;
    }

    /** The deliveries of one send not yet written, and the one write that puts them on record. */
    private final class DeliveryLog {
        private final Reminder reminder;
        private final List<Delivery> unwritten = new java.util.ArrayList<>();
        private boolean mustWrite;

        DeliveryLog(Reminder reminder) {
            this.reminder = reminder;
        }

        Reminder reminder() {
            return reminder;
        }

        void add(Delivery delivery) {
            unwritten.add(delivery);
            mustWrite |= delivery.channel() == null || !repeatable(delivery.channel());
        }

        /** Writes what is pending when a mail or call is among it (or a failure); inbox lines can wait. */
        void write() {
            if (mustWrite) {
                // By id alone: what went out is logged even if this worker's lease ran out meanwhile, so a take-over skips it.
                acrossWards.modify(Criteria.where("_id").is(reminder.id()), pushed(new Update()), Reminder.class);
                unwritten.clear();
                mustWrite = false;
            }
        }

        /** Writes the final state with what is pending; if the claim was lost meanwhile, the log is still written by id. */
        void close(Update state) {
            boolean applied = acrossWards.modify(mine(reminder), pushed(state), Reminder.class).isPresent();
            if (!applied && !unwritten.isEmpty()) {
                acrossWards.modify(Criteria.where("_id").is(reminder.id()), pushed(new Update()), Reminder.class);
            }
            unwritten.clear();
            mustWrite = false;
        }

        private Update pushed(Update update) {
            return unwritten.isEmpty() ? update : update.push("deliveries").each(unwritten.toArray());
        }
    }

    /** The reminder while this worker's claim holds: its id and the claim counter the claim set. */
    private static Criteria mine(Reminder claimed) {
        return Criteria.where("_id").is(claimed.id()).and("attempts").is(claimed.attempts());
    }

    private void retryOrFail(DeliveryLog log) {
        Reminder reminder = log.reminder();
        List<Duration> backoff = settings.backoff();
        if (reminder.attempts() > backoff.size()) {
            finish(log, Status.FAILED, "Gửi không thành công sau " + reminder.attempts() + " lần");
            meters.counter("wardplan.reminders.failed").increment();
            return;
        }
        Instant retryAt = clock.instant().plus(backoff.get(reminder.attempts() - 1));
        log.close(new Update().set("status", Status.PENDING).set("sendAt", retryAt).unset("owner")
                .unset("leaseUntil").set("note", "Thử lại lúc " + retryAt));
    }

    private void finish(DeliveryLog log, Status status, String note) {
        log.close(new Update().set("status", status).set("note", note).set("finishedAt", clock.instant()).unset("leaseUntil"));
    }

}
