package vn.wardplan.notification.reminder;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;

import vn.wardplan.notification.channel.MailText;
import vn.wardplan.notification.deadline.Deadline;

/**
 * The words of a reminder in the recipient's language (Vietnamese; English when their account says so), from the
 * bundle {@code messages/reminders*.properties}, which a deployment can override without touching code.
 */
final class ReminderText {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static {
        MESSAGES.setBasename("messages/reminders");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private ReminderText() {
    }

    /**
     * The text for one recipient. {@code workingDays} is the count left before the due date, or overdue after it;
     * {@code link} is where the item opens in the platform.
     */
    public static MailText of(Reminder reminder, Deadline deadline, String recipientName, String language, int workingDays,
            Map<String, String> unitNames, String link, java.time.LocalDate today) {
        Locale locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.of("vi");
        String none = MESSAGES.getMessage("none", null, locale);
        String lead = deadline.leadUnit() == null ? none : unitNames.getOrDefault(deadline.leadUnit(), deadline.leadUnit());
        List<String> coordinating = deadline.coordinatingUnits() == null ? List.of()
                : deadline.coordinatingUnits().stream().map(u -> unitNames.getOrDefault(u, u)).toList();
        Object[] args = { deadline.title(), VIETNAMESE_DATE.format(reminder.dueDate()), workingDays, deadline.period(),
                MESSAGES.getMessage("item." + deadline.kind(), null, locale), recipientName, lead,
                coordinating.isEmpty() ? none : String.join(", ", coordinating), link };
        // A reminder that goes out after its due date (a late DUE or BEFORE) says what is true on the day it is read.
        boolean pastDue = today.isAfter(reminder.dueDate());
        String kind = pastDue && (reminder.kind() == Reminder.Kind.DUE || reminder.kind() == Reminder.Kind.BEFORE)
                ? Reminder.Kind.OVERDUE.name() : reminder.kind().name();
        StringBuilder body = new StringBuilder()
                .append(MESSAGES.getMessage("greeting", args, locale)).append("\n\n")
                .append(MESSAGES.getMessage("lead." + kind, args, locale)).append('\n')
                .append(MESSAGES.getMessage("units", args, locale)).append("\n\n")
                .append(MESSAGES.getMessage("open", args, locale)).append('\n');
        if (reminder.late()) {
            body.append('\n').append(MESSAGES.getMessage("late", args, locale)).append('\n');
        }
        body.append('\n').append(MESSAGES.getMessage("signature", args, locale)).append('\n');
        return new MailText(MESSAGES.getMessage("subject." + kind, args, locale), body.toString());
    }
}
