package vn.wardplan.notification.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends a reminder by e-mail over SMTP ({@code spring.mail.*}) on reused connections. Each mail carries the
 * reminder's key in {@code X-Wardplan-Reminder} and a Message-ID made from the key and the address, so a mailbox (or
 * the benchmark) can tell a repeated send from a new reminder.
 */
@Component
public class EmailChannel {

    public static final String REMINDER_HEADER = "X-Wardplan-Reminder";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpConnections smtp;
    private final String from;

    EmailChannel(SmtpConnections smtp, @Value("${wardplan.notification.mail-from:wardplan <no-reply@wardplan.local>}") String from) {
        this.smtp = smtp;
        this.from = from;
    }

    public void send(String reminderId, String to, MailText text) {
        try {
            // Built with Jakarta Mail directly: Spring's MimeMessageHelper loads the MIME type table for every message
            // it did not create itself, a tenth of the CPU when thousands of reminders go out.
            MimeMessage message = smtp.message(messageId(reminderId, to));
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(text.subject(), UTF_8);
            message.setText(text.body(), UTF_8);
            message.setSentDate(new Date());
            message.setHeader(REMINDER_HEADER, reminderId);
            smtp.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the mail to " + to + ": " + e.getMessage(), e);
        }
    }

    /** The same reminder to the same address always has the same Message-ID. */
    static String messageId(String reminderId, String to) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((reminderId + "\n" + to).getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@wardplan>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
