package vn.wardplan.notification.reminder;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.wardplan.notification.reminder.Reminder.Status;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Sends what is due, on every replica at once without sending anything twice: a replica claims a due reminder
 * with one atomic update (status SENDING, its name as owner, a lease), and only the claimer sends it. A replica
 * that dies mid-send leaves a lease that runs out; another replica then takes the reminder over and sends only
 * the deliveries the log does not show as done. On start, everything that fell due while no replica ran is due
 * now, so it goes out once.
 */
@Component
public class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

    private final WardScopedMongo mongo;
    private final ReminderSender sender;
    private final DispatchSettings settings;
    private final Clock clock;
    private final String owner;

    @org.springframework.beans.factory.annotation.Autowired
    ReminderDispatcher(WardScopedMongo mongo, ReminderSender sender, DispatchSettings settings, Clock clock) {
        this(mongo, sender, settings, clock, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /** A dispatcher with a given owner name (tests run several "replicas" in one JVM). */
    public ReminderDispatcher(WardScopedMongo mongo, ReminderSender sender, DispatchSettings settings, Clock clock, String owner) {
        this.mongo = mongo;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.owner = owner;
    }

    @Scheduled(fixedDelayString = "${wardplan.notification.dispatch.interval:2s}", initialDelayString = "${wardplan.notification.dispatch.initial-delay:5s}")
    void dispatchOnSchedule() {
        try {
            int sent = dispatchDue();
            if (sent > 0) {
                log.info("Dispatched {} reminder(s)", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Dispatching reminders failed; next round retries: {}", e.toString());
        }
    }

    /** Claims and sends every reminder due now; returns how many this replica handled. */
    public int dispatchDue() {
        int handled = 0;
        try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore slots = new Semaphore(settings.parallelSends());
            while (true) {
                Instant now = clock.instant();
                List<String> due = mongo.idsAcrossWards(due(now), Sort.by("sendAt"), settings.batch(), Reminder.class);
                if (due.isEmpty()) {
                    return handled;
                }
                List<Future<Boolean>> round = new ArrayList<>();
                for (String id : due) {
                    slots.acquireUninterruptibly();
                    round.add(sends.submit(() -> {
                        try {
                            return claimAndSend(id, now);
                        } finally {
                            slots.release();
                        }
                    }));
                }
                int claimed = 0;
                for (Future<Boolean> result : round) {
                    claimed += result.get() ? 1 : 0;
                }
                handled += claimed;
                if (claimed == 0 && due.size() < settings.batch()) {
                    return handled;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return handled;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Claims one reminder and sends it; false when another replica had it first or it is no longer due. The claim is
     * optimistic: it applies only while the claim counter ({@code attempts}) still has the value read, so of two
     * replicas reading the same reminder exactly one wins. Both steps address the reminder by id.
     */
    public boolean claimAndSend(String id, Instant now) {
        Reminder current = mongo.findByIdAcrossWards(id, Reminder.class).filter(r -> isDue(r, now)).orElse(null);
        if (current == null) {
            return false;
        }
        Update claim = new Update().set("status", Status.SENDING).set("owner", owner)
                .set("leaseUntil", now.plus(settings.lease())).inc("attempts", 1);
        return mongo.modifyAcrossWards(Criteria.where("_id").is(id).and("attempts").is(current.attempts()), claim, Reminder.class)
                .map(reminder -> {
                    sender.send(reminder);
                    return true;
                }).orElse(false);
    }

    static boolean isDue(Reminder reminder, Instant now) {
        return reminder.status() == Status.PENDING && !reminder.sendAt().isAfter(now)
                || reminder.status() == Status.SENDING && reminder.leaseUntil() != null && reminder.leaseUntil().isBefore(now);
    }

    /** Waiting and due, or claimed by a replica whose lease ran out. */
    static Criteria due(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("status").is(Status.PENDING).and("sendAt").lte(now),
                Criteria.where("status").is(Status.SENDING).and("leaseUntil").lt(now));
    }
}
