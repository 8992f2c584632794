package vn.wardplan.notification.recipient;

/** A person who gets reminders: their sign-in name (the inbox's key), display name, e-mail and language. */
public record Official(String username, String fullName, String email, String locale) {
}
