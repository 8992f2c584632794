package vn.wardplan.notification.reminder;

import vn.wardplan.notification.channel.DispatchSettings;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.wardplan.notification.reminder.Reminder.Status;
import vn.wardplan.platform.web.tenancy.AcrossWards;

/**
 * Sends what is due, on every replica at once without sending anything twice: a replica claims a due reminder
 * with one atomic update (status SENDING, its name as owner, a lease), and only the claimer sends it. A replica
 * that dies mid-send leaves a lease that runs out; another replica then takes the reminder over and sends only
 * the deliveries the log does not show as done. On start, everything that fell due while no replica ran is due
 * now, so it goes out once.
 */
@Component
class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);
    /** Claims lost one after another before a round stops and asks again (the next due query skips what is claimed). */
    private static final int LOST_CLAIMS_BEFORE_ASKING_AGAIN = 32;

    private final AcrossWards acrossWards;
    private final ReminderSender sender;
    private final DispatchSettings settings;
    private final Clock clock;
    private final String owner;

    @org.springframework.beans.factory.annotation.Autowired
    ReminderDispatcher(AcrossWards acrossWards, ReminderSender sender, DispatchSettings settings, Clock clock) {
        this(acrossWards, sender, settings, clock, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /** A dispatcher with a given owner name (tests run several "replicas" in one JVM). */
    public ReminderDispatcher(AcrossWards acrossWards, ReminderSender sender, DispatchSettings settings, Clock clock, String owner) {
        this.acrossWards = acrossWards;
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

    /**
     * Claims and sends every reminder due now; returns how many this replica handled. Each replica works through a
     * round's due reminders from a random place onwards, so two replicas reading the same round mostly claim
     * different reminders instead of racing for the same one.
     */
    public int dispatchDue() {
        int handled = 0;
        try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore slots = new Semaphore(settings.parallelSends());
            while (true) {
                Instant now = clock.instant();
                List<Document> due = new ArrayList<>(acrossWards.fields(due(now), Sort.by("sendAt"), settings.batch(), Reminder.class, "attempts"));
                if (due.isEmpty()) {
                    return handled;
                }
                Collections.rotate(due, -ThreadLocalRandom.current().nextInt(due.size()));
                SendRound shared = new SendRound();
                List<Future<Boolean>> round = new ArrayList<>();
                AtomicInteger lostInARow = new AtomicInteger();
                for (Document reminder : due) {
                    if (lostInARow.get() >= LOST_CLAIMS_BEFORE_ASKING_AGAIN) {
                        // Another replica has reached this part of the round first: ask again for what nobody holds.
                        break;
                    }
                    String id = reminder.getString("_id");
                    int attempts = reminder.getInteger("attempts", 0);
                    slots.acquireUninterruptibly();
                    round.add(sends.submit(() -> {
                        try {
                            boolean won = claimAndSend(id, attempts, now, shared);
                            lostInARow.updateAndGet(lost -> won ? 0 : lost + 1);
                            return won;
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
                if (claimed == 0 && (due.size() < settings.batch() || lostInARow.get() >= LOST_CLAIMS_BEFORE_ASKING_AGAIN)) {
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
     * Claims one reminder and sends it. The claim is optimistic: it applies only while the claim counter
     * ({@code attempts}) still has the value the due query read, so of two replicas exactly one wins, and it
     * addresses the reminder by id (an index hit everywhere). What the claim replaced is checked: a reminder that was
     * cancelled or moved since the due query is given back as it was, not sent.
     */
    private boolean claimAndSend(String id, int attempts, Instant now, SendRound round) {
        Instant leaseUntil = now.plus(settings.lease());
        Update claim = new Update().set("status", Status.SENDING).set("owner", owner).set("leaseUntil", leaseUntil).inc("attempts", 1);
        Reminder before = acrossWards.modifyAnsweringBefore(Criteria.where("_id").is(id).and("attempts").is(attempts), claim,
                Reminder.class).orElse(null);
        if (before == null) {
            return false;
        }
        if (!isDue(before, now)) {
            Update giveBack = new Update().set("status", before.status()).set("owner", before.owner()).set("leaseUntil", before.leaseUntil());
            acrossWards.modify(Criteria.where("_id").is(id).and("attempts").is(attempts + 1), giveBack, Reminder.class);
            return false;
        }
        sender.send(before.claimed(owner, leaseUntil), round);
        return true;
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
