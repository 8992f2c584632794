package vn.wardplan.notification.channel;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends a reminder by e-mail over SMTP ({@code spring.mail.*}). Each mail carries the reminder's key in
 * {@code X-Wardplan-Reminder}, so a mailbox (or the benchmark) can tell a repeated send from a new reminder.
 */
@Component
public class EmailChannel {

    public static final String REMINDER_HEADER = "X-Wardplan-Reminder";

    private final JavaMailSender mail;
    private final String from;

    EmailChannel(JavaMailSender mail, @Value("${wardplan.notification.mail-from:wardplan <no-reply@wardplan.local>}") String from) {
        this.mail = mail;
        this.from = from;
    }

    public void send(String reminderId, String to, ReminderText.Text text) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(text.subject());
            helper.setText(text.body(), false);
            message.setHeader(REMINDER_HEADER, reminderId);
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the mail to " + to + ": " + e.getMessage(), e);
        }
    }
}
