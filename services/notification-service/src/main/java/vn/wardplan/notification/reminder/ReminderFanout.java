package vn.wardplan.notification.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.wardplan.notification.channel.DispatchSettings;
import vn.wardplan.notification.channel.EmailChannel;
import vn.wardplan.notification.channel.MailText;
import vn.wardplan.notification.channel.WebhookChannel;
import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.digest.DigestQueue;
import vn.wardplan.notification.inbox.InboxMessage;
import vn.wardplan.notification.policy.ReminderPolicy;
import vn.wardplan.notification.recipient.Audience;
import vn.wardplan.notification.recipient.Official;
import vn.wardplan.notification.reminder.Reminder.Channel;
import vn.wardplan.notification.reminder.Reminder.Kind;
import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Who a reminder reaches and on which channels: each official's inbox, their mail (or the daily digest when the ward
 * chose digests; escalations are never held back), the units' mailboxes and the ward's webhook. The sender decides
 * when a reminder goes and keeps its log; this class only fans it out.
 */
@Component
class ReminderFanout {

    /** One delivery on one channel, as the sender logs it: true when it went out (or had already). */
    @FunctionalInterface
    interface Attempts {
        boolean attempt(Channel channel, String recipient, String address, Runnable send);
    }

    private final WardScopedMongo mongo;
    private final Audience audience;
    private final EmailChannel email;
    private final WebhookChannel webhook;
    private final DigestQueue digests;
    private final DispatchSettings settings;
    private final Clock clock;

    ReminderFanout(WardScopedMongo mongo, Audience audience, EmailChannel email, WebhookChannel webhook, DigestQueue digests,
            DispatchSettings settings, Clock clock) {
        this.mongo = mongo;
        this.audience = audience;
        this.email = email;
        this.webhook = webhook;
        this.digests = digests;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Delivers the reminder to everyone it reaches, each delivery through {@code attempts} (which skips what a crashed
     * replica already logged and logs this one); true when every delivery went out.
     */
    boolean deliver(WardScope ward, Reminder reminder, Deadline deadline, ReminderPolicy policy, WorkingCalendar calendar,
            SendRound round, Attempts attempts) {
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
            ok &= attempts.attempt(Channel.INBOX, official.username(), official.username(), () -> {
                // The inbox is read inside the application: its link is the application's own path, not the e-mail's URL.
                mongo.insertIfAbsent(ward, new InboxMessage(inboxId(reminder, official), reminder.ward(), reminder.city(),
                        official.username(), text.subject(), text.body(), deadline.link(), reminder.late(), clock.instant(), null));
            });
            if (official.email() != null && !official.email().isBlank()) {
                if (policy.dailyDigest() && reminder.kind() != Kind.ESCALATION) {
                    ok &= attempts.attempt(Channel.DIGEST, official.username(), official.email(), () -> {
                        digests.queue(ward, policy, reminder.id(), official.username(), official.email(), official.locale(),
                                text.subject().replaceFirst("^\\[wardplan\\] ", ""), link, clock.instant());
                    });
                } else {
                    ok &= attempts.attempt(Channel.EMAIL, official.username(), official.email(),
                            () -> email.send(reminder.id(), official.email(), text));
                }
            }
        }
        for (String mailbox : recipients.mailboxes()) {
            MailText text = ReminderText.of(reminder, deadline, mailbox, "vi", workingDays, recipients.unitNames(), link, today);
            ok &= attempts.attempt(Channel.EMAIL, mailbox, mailbox, () -> email.send(reminder.id(), mailbox, text));
        }
        if (policy.hasWebhook()) {
            ReminderCall payload = new ReminderCall(reminder.id(), reminder.ward(), reminder.kind().name(), reminder.late(),
                    new ReminderCall.Item(deadline.kind().name(), deadline.itemId(), String.valueOf(deadline.period()),
                            String.valueOf(deadline.title()), reminder.dueDate().toString(), link),
                    recipients.officials().stream().map(o -> new ReminderCall.Recipient(o.username(), o.fullName(),
                            o.email() == null ? "" : o.email())).toList(), workingDays);
            ok &= attempts.attempt(Channel.WEBHOOK, reminder.ward(), policy.webhookUrl(),
                    () -> webhook.send(reminder.ward(), policy.webhookUrl(), policy.webhookSecret(), reminder.id(), payload));
        }
        return ok;
    }

    /** Nobody to send to: the units have no official on the platform and no mailbox. Retrying would not help. */
    static final class NoRecipient extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoRecipient(Deadline deadline) {
            super("Không có người nhận: đơn vị " + deadline.leadUnit() + " chưa có cán bộ hoặc hộp thư trên hệ thống");
        }
    }

    static String inboxId(Reminder reminder, Official official) {
        return UUID.nameUUIDFromBytes((reminder.id() + "|" + official.username()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
