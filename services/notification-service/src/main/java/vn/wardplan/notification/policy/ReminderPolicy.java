package vn.wardplan.notification.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * A ward's rules for reminders (the ward office edits them): how many working days before a deadline to remind,
 * how often while overdue, when to escalate to the directing leader, the hour mail goes out and the quiet hours,
 * the day yearly indicator values are due, and
 * the ward's webhook. Missing for a ward until its office saves one: {@link #defaults} applies.
 */
@Document("reminder_policies")
public record ReminderPolicy(@Id String id, String ward, String city, List<Integer> beforeWorkingDays, boolean onDueDay,
        int overdueEveryWorkingDays, int maxOverdueReminders, int escalateAfterWorkingDays, LocalTime sendTime,
        LocalTime quietFrom, LocalTime quietUntil, String indicatorValueDueDay, String webhookUrl,
        String webhookSecret, Instant updatedAt, String updatedBy) implements WardOwned {

    public static ReminderPolicy defaults(String ward, String city) {
        return new ReminderPolicy(ward, ward, city, List.of(7, 3, 1), true, 2, 10, 3, LocalTime.of(8, 0),
                LocalTime.of(21, 0), LocalTime.of(7, 0), "11-30", null, null, null, null);
    }

    /** The day the values of a year are due (the policy's "MM-dd" in that year). */
    public LocalDate indicatorValueDueDate(int year) {
        return MonthDay.parse("--" + indicatorValueDueDay()).atYear(year);
    }

    /** Whether a local time falls in the quiet hours (which may span midnight). */
    public boolean isQuiet(LocalTime time) {
        if (quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil)) {
            return false;
        }
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }

    public boolean hasWebhook() {
        return webhookUrl != null && !webhookUrl.isBlank() && webhookSecret != null && !webhookSecret.isBlank();
    }
}
