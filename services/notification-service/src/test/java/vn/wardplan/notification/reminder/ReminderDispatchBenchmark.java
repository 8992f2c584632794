package vn.wardplan.notification.reminder;

import vn.wardplan.platform.calendar.WorkingCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import io.micrometer.core.instrument.MeterRegistry;
import vn.wardplan.notification.channel.DispatchSettings;
import vn.wardplan.notification.channel.EmailChannel;
import vn.wardplan.notification.channel.WebhookChannel;
import vn.wardplan.notification.deadline.Deadlines;
import vn.wardplan.notification.digest.DigestQueue;
import vn.wardplan.notification.policy.Policies;
import vn.wardplan.notification.recipient.Audience;
import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.recipient.Official;
import vn.wardplan.notification.recipient.Officials;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardOwned;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Not a test of speed (nothing here fails on a timing): it measures. 1,000,000 reminders are stored for 3,321 wards in
 * 34 provinces; 100,000 of them fall due inside the same minute. Two dispatcher replicas then send them through the
 * real sender into an SMTP sink (GreenMail) and the in-app inbox, and one replica is killed when 30,000 have gone out:
 * from that moment its every database call hangs for good (a process that stopped mid-send: what it claimed stays
 * claimed until the lease runs out, what it mailed but had not logged yet is mailed again by the survivor). Reported:
 * throughput, lateness p50/p99 (time from a reminder's due time to its send being logged), duplicates and misses
 * counted from what the SMTP server received (raw, and by Message-ID, which a repeated send keeps).
 * Run: {@code ./mvnw -Pbenchmark verify -pl services/notification-service -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the numbers are written to {@code target/benchmark-reminders.md} and copied into docs/benchmarks/.
 */
@SpringBootTest(properties = { "wardplan.notification.dispatch.initial-delay=24h", "wardplan.notification.dispatch.interval=24h",
        "wardplan.notification.dispatch.batch=${benchmark.batch:5000}", "wardplan.notification.dispatch.parallel-sends=${benchmark.parallel:16}",
        "wardplan.notification.smtp.connections=${benchmark.connections:16}",
        "spring.kafka.listener.auto-startup=false", "logging.level.vn.wardplan=WARN" })
@Import({ TestInfrastructure.class, ReminderDispatchBenchmark.Fixtures.class })
class ReminderDispatchBenchmark {

    static final int WARDS = 3_321;
    static final int PROVINCES = 34;
    static final int TOTAL = 1_000_000;
    static final int DUE_IN_THE_MINUTE = 100_000;
    static final int KILLED_AFTER = 30_000;

    static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fixtures {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        /** One officer with a mailbox in each ward's lead unit: the directory is not what is measured. */
        @Bean
        @Primary
        Officials benchmarkDirectory() {
            return new Officials() {
                @Override
                public List<Official> ofUnit(WardScope ward, String unitCode) {
                    return List.of(new Official(ward.ward() + ".kinhte", "Cán bộ " + ward.ward(), ward.ward() + ".kinhte@wardplan.test", "vi"));
                }

                @Override
                public List<Official> directingLeaders(WardScope ward, String directingLeader) {
                    return List.of();
                }
            };
        }
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    AcrossWards acrossWards;
    @Autowired
    ReminderSender sender;
    @Autowired
    DispatchSettings settings;
    @Autowired
    Deadlines deadlines;
    @Autowired
    Policies policies;
    @Autowired
    Audience audience;
    @Autowired
    EmailChannel email;
    @Autowired
    WebhookChannel webhook;
    @Autowired
    DigestQueue digests;
    @Autowired
    Reminders reminders;
    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void fireOneHundredThousandRemindersDueInTheSameMinute() throws Exception {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        LocalDate dueDate = minute.atZone(WorkingCalendar.VIETNAM).toLocalDate().plusDays(3);
        long loading = System.nanoTime();
        store(minute, dueDate);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        System.out.printf("stored %,d reminders and %,d deadlines in %.1f s; waiting for %s%n", TOTAL, DUE_IN_THE_MINUTE, loadSeconds, minute);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), minute).toMillis()));

        AtomicBoolean done = new AtomicBoolean();
        // The replica that will be killed: its own sender over doors to the database that stop answering when told.
        Kill kill = new Kill();
        FreezingAcrossWards doomed = new FreezingAcrossWards(mongo, kill);
        FreezingScopedMongo doomedMongo = new FreezingScopedMongo(mongo, kill);
        ReminderSender doomedSender = new ReminderSender(doomedMongo, doomed, deadlines, policies,
                new ReminderFanout(doomedMongo, audience, email, webhook, digests, settings, Clock.systemUTC()), reminders, settings, meters,
                Clock.systemUTC());
        CompletableFuture<Integer> survivor = replica(new ReminderDispatcher(acrossWards, sender, settings, Clock.systemUTC(), "replica-1"), done);
        replica(new ReminderDispatcher(doomed, doomedSender, settings, Clock.systemUTC(), "replica-2"), done);
        Instant deadline = minute.plus(Duration.ofMinutes(60));
        Instant killedAt = null;
        long stranded = 0;
        // Progress from the senders' own counter: counting the collection every few seconds would load the database measured.
        for (long sent = 0; sent < DUE_IN_THE_MINUTE && Instant.now().isBefore(deadline); sent = sentSoFar()) {
            if (killedAt == null && sent >= KILLED_AFTER) {
                kill.now();
                killedAt = Instant.now();
                sleep(500);
                stranded = mongo.count(new Query(Criteria.where("owner").is("replica-2").and("status").is("SENDING")), "reminders");
                System.out.printf("%s: replica-2 killed at %,d sent; %,d reminder(s) left claimed by it%n", killedAt, sent, stranded);
            }
            System.out.printf("%s: %,d sent%n", Instant.now(), sent);
            sleep(1_000);
        }
        done.set(true);
        int handledBySurvivor = survivor.get();
        long handledByKilled = mongo.count(new Query(Criteria.where("owner").is("replica-2").and("status").is("SENT")), "reminders");

        List<Long> lateness = new ArrayList<>();
        Instant lastSent = minute;
        for (Document reminder : mongo.getCollection("reminders").find(new Document("status", "SENT"))
                .projection(new Document("sendAt", 1).append("finishedAt", 1)).batchSize(10_000)) {
            Instant sendAt = reminder.getDate("sendAt").toInstant();
            Instant finished = reminder.getDate("finishedAt").toInstant();
            lateness.add(Duration.between(sendAt, finished).toMillis());
            lastSent = finished.isAfter(lastSent) ? finished : lastSent;
        }
        lateness.sort(Long::compare);
        Set<String> distinct = new HashSet<>();
        Set<String> withMessageId = new HashSet<>();
        MimeMessage[] mails = smtp.getReceivedMessages();
        for (MimeMessage mail : mails) {
            String reminderToAddress = mail.getHeader(EmailChannel.REMINDER_HEADER)[0] + "→" + mail.getAllRecipients()[0];
            distinct.add(reminderToAddress);
            withMessageId.add(reminderToAddress + "#" + mail.getMessageID());
        }
        // After the 99th percentile of sends: the stragglers are the killed replica's claims, waiting for its lease.
        List<Long> finished = finishedOffsets(minute);
        Instant ninetyNinth = minute.plusMillis(percentile(finished, 99));
        long inbox = mongo.getCollection("inbox").countDocuments();
        double seconds = Duration.between(minute, lastSent).toMillis() / 1000.0;
        String report = """
                | measure | value |
                | --- | --- |
                | reminders stored / wards / provinces | %,d / %,d / %d |
                | due in the same minute | %,d |
                | stored in | %.1f s |
                | handled by replica-1 (survivor) / replica-2 (killed at %,d sent) | %,d / %,d |
                | left claimed by the killed replica, taken over after the lease (%s) | %,d |
                | sent (status SENT) | %,d |
                | from the minute's start to the last send | %.1f s |
                | from the minute's start to the 99th percentile of sends | %.1f s |
                | throughput (99 %% of the reminders over that time) | %.0f reminders/s (each: 1 e-mail + 1 inbox entry) |
                | steady throughput, 25th to 95th percentile of sends | %.0f reminders/s |
                | with both replicas (10th to 30th percentile, before the kill) / the survivor alone (40th to 90th) | %.0f / %.0f reminders/s |
                | lateness p50 / p99 / max | %.1f s / %.1f s / %.1f s |
                | e-mails received by the SMTP sink | %,d |
                | sent twice (same reminder to the same address): mailed, not yet logged when the replica died | %,d |
                | of those, with a Message-ID other than the first send's (a mailbox shows both) | %,d |
                | misses (due and never e-mailed) | %,d |
                | inbox entries | %,d |
                """.formatted(TOTAL, WARDS, PROVINCES, DUE_IN_THE_MINUTE, loadSeconds, KILLED_AFTER, handledBySurvivor, handledByKilled,
                settings.lease(), stranded, sent(), seconds, Duration.between(minute, ninetyNinth).toMillis() / 1000.0,
                DUE_IN_THE_MINUTE * 0.99 / (Duration.between(minute, ninetyNinth).toMillis() / 1000.0),
                rate(finished, 25, 95), rate(finished, 10, 30), rate(finished, 40, 90), percentile(lateness, 50) / 1000.0, percentile(lateness, 99) / 1000.0,
                lateness.isEmpty() ? 0 : lateness.getLast() / 1000.0, mails.length, mails.length - distinct.size(),
                withMessageId.size() - distinct.size(), DUE_IN_THE_MINUTE - distinct.size(), inbox);
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark-reminders.md"), report);
        assertThat(distinct).hasSize(DUE_IN_THE_MINUTE);
        assertThat(withMessageId).hasSize(DUE_IN_THE_MINUTE);
    }

    private static CompletableFuture<Integer> replica(ReminderDispatcher dispatcher, AtomicBoolean done) {
        // A daemon thread of its own each: the killed replica's thread never ends, and must not keep the JVM alive.
        return CompletableFuture.supplyAsync(() -> {
            int handled = 0;
            while (!done.get()) {
                int round = dispatcher.dispatchDue();
                handled += round;
                if (round == 0) {
                    sleep(200);
                }
            }
            return handled;
        }, runnable -> Thread.ofPlatform().daemon().name(dispatcher.toString()).start(runnable));
    }

    private void store(Instant minute, LocalDate dueDate) {
        List<Document> deadlines = new ArrayList<>();
        for (int i = 0; i < DUE_IN_THE_MINUTE; i++) {
            String ward = ward(i);
            Deadline deadline = new Deadline(deadlineId(i), ward, city(i), Deadline.Kind.DELIVERABLE, "task-" + i, "2026",
                    "Nhiệm vụ số " + i + " của phường", "/tasks/" + ward + ":86-KH-UBND:" + i, dueDate, "kinh-te", List.of(),
                    "Chủ tịch UBND phường", true, minute.minusSeconds(3600));
            deadlines.add(converted(deadline));
            if (deadlines.size() == 10_000) {
                mongo.getCollection("deadlines").insertMany(deadlines);
                deadlines.clear();
            }
        }
        List<Document> reminders = new ArrayList<>();
        for (int i = 0; i < TOTAL; i++) {
            int d = i % DUE_IN_THE_MINUTE;
            boolean dueNow = i < DUE_IN_THE_MINUTE;
            Reminder.Kind kind = dueNow ? Reminder.Kind.BEFORE : Reminder.Kind.OVERDUE;
            int sequence = dueNow ? 3 : i / DUE_IN_THE_MINUTE;
            // Spread over the minute (due now), or over the next years (the other 900,000).
            Instant sendAt = dueNow ? minute.plusMillis((long) (i * 60_000L / DUE_IN_THE_MINUTE))
                    : minute.plus(Duration.ofDays(1 + (i % 1_800)));
            reminders.add(converted(new Reminder(Reminder.key(deadlineId(d), dueDate, kind, sequence), ward(d), city(d), deadlineId(d),
                    dueDate, kind, sequence, sendAt, false, Reminder.Status.PENDING, null, null, null, 0, List.of(), minute, null)));
            if (reminders.size() == 10_000) {
                mongo.getCollection("reminders").insertMany(reminders);
                reminders.clear();
            }
        }
    }

    private Document converted(Object entity) {
        Document document = new Document();
        mongo.getConverter().write(entity, document);
        return document;
    }

    private List<Long> finishedOffsets(Instant minute) {
        List<Long> offsets = new ArrayList<>();
        for (Document reminder : mongo.getCollection("reminders").find(new Document("status", "SENT"))
                .projection(new Document("finishedAt", 1)).batchSize(10_000)) {
            offsets.add(Duration.between(minute, reminder.getDate("finishedAt").toInstant()).toMillis());
        }
        offsets.sort(Long::compare);
        return offsets;
    }

    private long sentSoFar() {
        return (long) meters.find("wardplan.reminders.sent").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private long sent() {
        return mongo.count(new Query(Criteria.where("status").is("SENT")), "reminders");
    }

    private static String deadlineId(int i) {
        return Deadline.deliverableId(ward(i) + ":86-KH-UBND:" + i, "2026");
    }

    private static String ward(int i) {
        return "ward-%04d".formatted(i % WARDS);
    }

    private static String city(int i) {
        return "province-%02d".formatted((i % WARDS) % PROVINCES);
    }

    /** Sends per second between two percentiles of the send times. */
    private static double rate(List<Long> sorted, int from, int to) {
        double seconds = (percentile(sorted, to) - percentile(sorted, from)) / 1000.0;
        return seconds <= 0 ? 0 : sorted.size() * (to - from) / 100.0 / seconds;
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes the killed replica's every later database call wait forever, as a process that stopped would. */
    static final class Kill {
        private final CountDownLatch never = new CountDownLatch(1);
        private volatile boolean killed;

        void now() {
            killed = true;
        }

        void hangIfKilled() {
            while (killed) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    // A killed process does not wake up.
                }
            }
        }
    }

    /** The killed replica's door to its wards' data. */
    static final class FreezingScopedMongo extends WardScopedMongo {
        private final Kill kill;

        FreezingScopedMongo(MongoTemplate mongo, Kill kill) {
            super(mongo);
            this.kill = kill;
        }

        @Override
        public <T extends WardOwned> boolean insertIfAbsent(WardScope scope, T document) {
            kill.hangIfKilled();
            return super.insertIfAbsent(scope, document);
        }

        @Override
        public long count(WardScope scope, Criteria filter, Class<?> type) {
            kill.hangIfKilled();
            return super.count(scope, filter, type);
        }
    }

    /** The killed replica's door to every ward's reminders (the due query, claims, delivery logs). */
    static final class FreezingAcrossWards extends AcrossWards {
        private final Kill kill;

        FreezingAcrossWards(MongoTemplate mongo, Kill kill) {
            super(mongo);
            this.kill = kill;
        }

        @Override
        public List<Document> fields(Criteria filter, Sort order, int limit, Class<?> type, String... fields) {
            kill.hangIfKilled();
            return super.fields(filter, order, limit, type, fields);
        }

        @Override
        public <T extends WardOwned> Optional<T> findById(String id, Class<T> type) {
            kill.hangIfKilled();
            return super.findById(id, type);
        }

        @Override
        public <T extends WardOwned> Optional<T> modify(Criteria filter, Update update, Class<T> type) {
            kill.hangIfKilled();
            return super.modify(filter, update, type);
        }

        @Override
        public <T extends WardOwned> Optional<T> modifyAnsweringBefore(Criteria filter, Update update, Class<T> type) {
            kill.hangIfKilled();
            return super.modifyAnsweringBefore(filter, update, type);
        }
    }
}
