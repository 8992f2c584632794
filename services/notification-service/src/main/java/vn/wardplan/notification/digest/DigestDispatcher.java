package vn.wardplan.notification.digest;

import vn.wardplan.platform.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.wardplan.notification.channel.EmailChannel;
import vn.wardplan.notification.channel.MailText;
import vn.wardplan.notification.channel.DispatchSettings;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Sends each official one mail with the reminders queued for their digest, when it is due. Entries are claimed
 * with the same lease as reminders, per official, so two replicas never mail the same entry; an entry whose
 * sender died is taken over when its lease runs out.
 */
@Component
public class DigestDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DigestDispatcher.class);

    private final WardScopedMongo mongo;
    private final AcrossWards acrossWards;
    private final EmailChannel email;
    private final DispatchSettings settings;
    private final Clock clock;
    private final String owner = "digest/" + UUID.randomUUID();

    DigestDispatcher(WardScopedMongo mongo, AcrossWards acrossWards, EmailChannel email, DispatchSettings settings, Clock clock) {
        this.mongo = mongo;
        this.acrossWards = acrossWards;
        this.email = email;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${wardplan.notification.dispatch.interval:2s}", initialDelayString = "${wardplan.notification.dispatch.initial-delay:5s}")
    void dispatchOnSchedule() {
        try {
            int mails = dispatchDue();
            if (mails > 0) {
                log.info("Sent {} digest mail(s)", mails);
            }
        } catch (RuntimeException e) {
            log.warn("Sending digests failed; next round retries: {}", e.toString());
        }
    }

    /** Sends every digest due now; returns how many mails went out. */
    public int dispatchDue() {
        int mails = 0;
        while (true) {
            Instant now = clock.instant();
            List<String> due = acrossWards.ids(due(now), Sort.by("sendAt"), 1, DigestEntry.class);
            if (due.isEmpty()) {
                return mails;
            }
            DigestEntry first = acrossWards.modify(Criteria.where("_id").is(due.getFirst()).andOperator(due(now)), claim(now), DigestEntry.class).orElse(null);
            if (first == null) {
                continue;
            }
            WardScope ward = WardScope.trusted(first.ward(), first.city());
            mongo.updateAll(ward, Criteria.where("recipient").is(first.recipient()).andOperator(due(now)), claim(now), DigestEntry.class);
            Criteria mine = Criteria.where("recipient").is(first.recipient()).and("owner").is(owner).and("status").is(DigestEntry.Status.SENDING);
            List<DigestEntry> entries = mongo.find(ward, new Query(mine).with(Sort.by("queuedAt")), DigestEntry.class);
            try {
                email.send("digest:" + first.ward() + ":" + first.recipient() + ":" + now.getEpochSecond(), first.email(), text(entries, now));
                mongo.updateAll(ward, mine, new Update().set("status", DigestEntry.Status.SENT).set("sentAt", clock.instant())
                        .unset("leaseUntil"), DigestEntry.class);
                mails++;
            } catch (RuntimeException e) {
                log.warn("Digest for {} not sent, retried later: {}", first.recipient(), e.toString());
                mongo.updateAll(ward, mine, new Update().set("status", DigestEntry.Status.PENDING)
                        .set("sendAt", now.plus(settings.backoff().getFirst())).unset("owner").unset("leaseUntil"), DigestEntry.class);
                return mails;
            }
        }
    }

    private Update claim(Instant now) {
        return new Update().set("status", DigestEntry.Status.SENDING).set("owner", owner).set("leaseUntil", now.plus(settings.lease()));
    }

    private static Criteria due(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("status").is(DigestEntry.Status.PENDING).and("sendAt").lte(now),
                Criteria.where("status").is(DigestEntry.Status.SENDING).and("leaseUntil").lt(now));
    }

    private static MailText text(List<DigestEntry> entries, Instant now) {
        boolean english = "en".equalsIgnoreCase(entries.getFirst().locale());
        String day = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(now.atZone(WorkingCalendar.VIETNAM));
        StringBuilder body = new StringBuilder(english
                ? "Your wardplan reminders (" + entries.size() + "):\n\n"
                : "Các nhắc việc của đồng chí trên wardplan (" + entries.size() + " mục):\n\n");
        for (DigestEntry entry : entries) {
            body.append("• ").append(entry.line()).append("\n  ").append(entry.link()).append("\n\n");
        }
        body.append(english ? "— wardplan, socio-economic plan tracking\n" : "— wardplan, hệ thống theo dõi kế hoạch phát triển kinh tế - xã hội\n");
        String subject = english ? "[wardplan] Daily digest " + day + ": " + entries.size() + " reminder(s)"
                : String.format(Locale.ROOT, "[wardplan] Tổng hợp nhắc việc ngày %s: %d mục", day, entries.size());
        return new MailText(subject, body.toString());
    }
}
