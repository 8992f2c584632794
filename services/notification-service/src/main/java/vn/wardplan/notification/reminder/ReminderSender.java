package vn.wardplan.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.notification.channel.DispatchSettings;
import vn.wardplan.notification.channel.EmailChannel;
import vn.wardplan.notification.channel.MailText;
import vn.wardplan.notification.channel.WebhookChannel;
import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.deadline.Deadlines;
import vn.wardplan.notification.digest.DigestQueue;
import vn.wardplan.notification.inbox.InboxMessage;
import vn.wardplan.notification.policy.Policies;
import vn.wardplan.notification.policy.ReminderPolicy;
import vn.wardplan.notification.recipient.Audience;
import vn.wardplan.notification.recipient.Official;
import vn.wardplan.notification.reminder.Reminder.Channel;
import vn.wardplan.notification.reminder.Reminder.Delivery;
import vn.wardplan.notification.reminder.Reminder.Kind;
import vn.wardplan.notification.reminder.Reminder.Status;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Sends one claimed reminder on every channel to every recipient (an official's mail goes to their daily digest
 * instead when the ward chose digests; escalations are never held back), logging each delivery so that a replica
 * taking the reminder over after a crash skips what already went out. A mail or webhook call is logged before the next
 * one starts, the last one with the reminder's final state in the same write; an inbox entry or digest line (stored by
 * its own id, so repeating it changes nothing) is logged with the next write. A reminder whose deadline was
 * closed or moved meanwhile is cancelled, not sent. Failed deliveries are retried with back-off; after the last
 * attempt the reminder is FAILED and the ward office sees it in the delivery log.
 */
@Component
class ReminderSender {

    private static final Logger logger = LoggerFactory.getLogger(ReminderSender.class);

    private final WardScopedMongo mongo;
    private final AcrossWards acrossWards;
    private final Deadlines deadlines;
    private final Policies policies;
    private final Audience audience;
    private final EmailChannel email;
    private final WebhookChannel webhook;
    private final DigestQueue digests;
    private final Reminders reminders;
    private final DispatchSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    ReminderSender(WardScopedMongo mongo, AcrossWards acrossWards, Deadlines deadlines, Policies policies, Audience audience, EmailChannel email,
            WebhookChannel webhook, DigestQueue digests, Reminders reminders, DispatchSettings settings, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.acrossWards = acrossWards;
        this.deadlines = deadlines;
        this.policies = policies;
        this.audience = audience;
        this.email = email;
        this.webhook = webhook;
        this.digests = digests;
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
            boolean allDelivered = deliver(ward, reminder, deadline, policy, calendar, round, log);
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
        } catch (NoRecipient e) {
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

    private boolean deliver(WardScope ward, Reminder reminder, Deadline deadline, ReminderPolicy policy, WorkingCalendar calendar,
            SendRound round, DeliveryLog log) {
        boolean escalation = reminder.kind() == Kind.ESCALATION;
        Audience.Recipients recipients = round.recipients(
                List.of(ward, escalation, String.valueOf(deadline.leadUnit()), escalation ? String.valueOf(deadline.directingLeader())
                        : deadline.coordinatingUnits() == null ? List.of() : deadline.coordinatingUnits()),
                () -> escalation ? audience.escalated(ward, deadline.leadUnit(), deadline.directingLeader())
                        : audience.reminded(ward, deadline.leadUnit(), deadline.coordinatingUnits()));
        LocalDate today = clock.instant().atZone(WorkingCalendar.VIETNAM).toLocalDate();
        int workingDays = reminder.dueDate().isAfter(today) ? calendar.workingDaysBetween(today, reminder.dueDate())
                : calendar.workingDaysBetween(reminder.dueDate(), today);
        String link = settings.appBaseUrl() + deadline.link();
        if (recipients.officials().isEmpty() && recipients.mailboxes().isEmpty() && !policy.hasWebhook()) {
            throw new NoRecipient(deadline);
        }
        boolean ok = true;
        for (Official official : recipients.officials()) {
            MailText text = ReminderText.of(reminder, deadline, official.fullName(), official.locale(), workingDays,
                    recipients.unitNames(), link, today);
            ok &= attempt(log, Channel.INBOX, official.username(), official.username(), () -> {
                // The inbox is read inside the application: its link is the application's own path, not the e-mail's URL.
                mongo.insertIfAbsent(ward, new InboxMessage(inboxId(reminder, official), reminder.ward(), reminder.city(),
                        official.username(), text.subject(), text.body(), deadline.link(), reminder.late(), clock.instant(), null));
                return null;
            });
            if (official.email() != null && !official.email().isBlank()) {
                if (policy.dailyDigest() && reminder.kind() != Kind.ESCALATION) {
                    ok &= attempt(log, Channel.DIGEST, official.username(), official.email(), () -> {
                        digests.queue(ward, policy, reminder.id(), official.username(), official.email(), official.locale(),
                                text.subject().replaceFirst("^\\[wardplan\\] ", ""), link, clock.instant());
                        return null;
                    });
                } else {
                    ok &= attempt(log, Channel.EMAIL, official.username(), official.email(), () -> {
                        email.send(reminder.id(), official.email(), text);
                        return null;
                    });
                }
            }
        }
        for (String mailbox : recipients.mailboxes()) {
            MailText text = ReminderText.of(reminder, deadline, mailbox, "vi", workingDays, recipients.unitNames(), link, today);
            ok &= attempt(log, Channel.EMAIL, mailbox, mailbox, () -> {
                email.send(reminder.id(), mailbox, text);
                return null;
            });
        }
        if (policy.hasWebhook()) {
            ReminderCall payload = new ReminderCall(reminder.id(), reminder.ward(), reminder.kind().name(), reminder.late(),
                    new ReminderCall.Item(deadline.kind().name(), deadline.itemId(), String.valueOf(deadline.period()),
                            String.valueOf(deadline.title()), reminder.dueDate().toString(), link),
                    recipients.officials().stream().map(o -> new ReminderCall.Recipient(o.username(), o.fullName(),
                            o.email() == null ? "" : o.email())).toList(), workingDays);
            ok &= attempt(log, Channel.WEBHOOK, reminder.ward(), policy.webhookUrl(), () -> {
                webhook.send(reminder.ward(), policy.webhookUrl(), policy.webhookSecret(), reminder.id(), payload);
                return null;
            });
        }
        return ok;
    }

    private boolean attempt(DeliveryLog log, Channel channel, String recipient, String address, Supplier<Void> send) {
        if (log.reminder().delivered(channel, address)) {
            return true;
        }
        if (!repeatable(channel)) {
            // What went out before this mail or call is on record before it starts.
            log.write();
        }
        try {
            send.get();
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

    /** Nobody to send to: the units have no official on the platform and no mailbox. Retrying would not help. */
    private static final class NoRecipient extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoRecipient(Deadline deadline) {
            super("Không có người nhận: đơn vị " + deadline.leadUnit() + " chưa có cán bộ hoặc hộp thư trên hệ thống");
        }
    }

    static String inboxId(Reminder reminder, Official official) {
        return UUID.nameUUIDFromBytes((reminder.id() + "|" + official.username()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
