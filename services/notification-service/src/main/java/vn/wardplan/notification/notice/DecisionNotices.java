package vn.wardplan.notification.notice;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.wardplan.notification.channel.EmailChannel;
import vn.wardplan.notification.channel.MailText;
import vn.wardplan.notification.inbox.InboxMessage;
import vn.wardplan.notification.recipient.Official;
import vn.wardplan.notification.recipient.Officials;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Tells the people concerned what was decided or what waits for them: a unit hears that its report or value was
 * accepted, approved, returned (with the reason) or rescheduled; the ward office hears that a unit submitted one. In the
 * inbox, linked to the item, and by e-mail; one message per event and person, so a redelivered event adds nothing.
 */
@Component
public class DecisionNotices {

    private static final Logger log = LoggerFactory.getLogger(DecisionNotices.class);
    /** The ward office's unit: submissions wait for its officials. */
    public static final String OFFICE_UNIT = "van-phong";

    /** A notice: to whom (units), what it says, where it opens. */
    public record Notice(String eventId, List<String> units, String subject, String body, String link) {
    }

    private final Officials officials;
    private final WardScopedMongo mongo;
    private final EmailChannel email;
    private final Clock clock;

    DecisionNotices(Officials officials, WardScopedMongo mongo, EmailChannel email, Clock clock) {
        this.officials = officials;
        this.mongo = mongo;
        this.email = email;
        this.clock = clock;
    }

    public void send(WardScope ward, Notice notice) {
        java.util.Map<String, Official> people = new java.util.LinkedHashMap<>();
        for (String unit : notice.units()) {
            if (unit != null) {
                officials.ofUnit(ward, unit).forEach(o -> people.putIfAbsent(o.username(), o));
            }
        }
        for (Official person : people.values()) {
            boolean first = mongo.insertIfAbsent(ward, new InboxMessage("notice:" + notice.eventId() + ":" + person.username(), ward.ward(),
                    ward.city(), person.username(), notice.subject(), notice.body(), notice.link(), false, clock.instant(), null));
            if (first && person.email() != null && !person.email().isBlank()) {
                try {
                    email.send("notice:" + notice.eventId(), person.email(), new MailText("[wardplan] " + notice.subject(),
                            "Kính gửi " + person.fullName() + ",\n\n" + notice.body() + "\n\n— wardplan, hệ thống theo dõi kế hoạch phát triển kinh tế - xã hội\n"));
                } catch (RuntimeException e) {
                    // The inbox has it; a mail server that refuses now does not hold the event back.
                    log.warn("Notice {} not mailed to {}: {}", notice.eventId(), person.username(), e.toString());
                }
            }
        }
    }
}
