package vn.wardplan.notification.channel;

/** A mail's subject line and plain-text body, as the channels send it. */
public record MailText(String subject, String body) {
}
