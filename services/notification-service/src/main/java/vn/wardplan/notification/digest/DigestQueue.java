package vn.wardplan.notification.digest;

import vn.wardplan.platform.calendar.WorkingCalendar;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.wardplan.notification.policy.ReminderPolicy;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** Puts a reminder into an official's next daily digest instead of mailing it at once. */
@Component
public class DigestQueue {

    private final WardScopedMongo mongo;

    DigestQueue(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    /** Queues the line once per reminder and recipient; returns the time the digest goes out. */
    public Instant queue(WardScope ward, ReminderPolicy policy, String reminderId, String recipient, String email, String locale,
            String line, String link, Instant now) {
        Instant sendAt = policy.nextDigest(now, WorkingCalendar.VIETNAM);
        mongo.insertIfAbsent(ward, new DigestEntry(reminderId + "|" + recipient, ward.ward(), ward.city(), reminderId, recipient,
                email, locale, line, link, now, sendAt, DigestEntry.Status.PENDING, null, null, null));
        return sendAt;
    }
}
