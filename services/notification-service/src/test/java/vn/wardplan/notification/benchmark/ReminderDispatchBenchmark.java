package vn.wardplan.notification.benchmark;

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
import java.util.concurrent.CompletableFuture;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import vn.wardplan.notification.channel.EmailChannel;
import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.recipient.Official;
import vn.wardplan.notification.recipient.Officials;
import vn.wardplan.notification.reminder.DispatchSettings;
import vn.wardplan.notification.reminder.Reminder;
import vn.wardplan.notification.reminder.ReminderDispatcher;
import vn.wardplan.notification.reminder.ReminderPlanner;
import vn.wardplan.notification.reminder.ReminderSender;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Not a test of speed (nothing here fails on a timing): it measures. 1,000,000 reminders are stored for 3,321 wards in
 * 34 provinces; 100,000 of them fall due inside the same minute. Two dispatcher replicas then send them through the
 * real sender into an SMTP sink (GreenMail) and the in-app inbox. Reported: throughput, lateness p50/p99 (time from
 * a reminder's due time to its send being logged), duplicates and misses counted from what the SMTP server received.
 * Run: {@code ./mvnw -Pbenchmark verify -pl services/notification-service -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the numbers are written to {@code target/benchmark-reminders.md} and copied into docs/benchmarks/.
 */
@SpringBootTest(properties = { "wardplan.notification.dispatch.initial-delay=24h", "wardplan.notification.dispatch.interval=24h",
        "wardplan.notification.dispatch.batch=2000", "wardplan.notification.dispatch.parallel-sends=16",
        "spring.kafka.listener.auto-startup=false", "logging.level.vn.wardplan=WARN" })
@Import({ TestInfrastructure.class, ReminderDispatchBenchmark.Fixtures.class })
class ReminderDispatchBenchmark {

    static final int WARDS = 3_321;
    static final int PROVINCES = 34;
    static final int TOTAL = 1_000_000;
    static final int DUE_IN_THE_MINUTE = 100_000;

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
    WardScopedMongo wardMongo;
    @Autowired
    ReminderSender sender;
    @Autowired
    DispatchSettings settings;

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void fireOneHundredThousandRemindersDueInTheSameMinute() throws Exception {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        LocalDate dueDate = minute.atZone(ReminderPlanner.VIETNAM).toLocalDate().plusDays(3);
        long loading = System.nanoTime();
        store(minute, dueDate);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        System.out.printf("stored %,d reminders and %,d deadlines in %.1f s; waiting for %s%n", TOTAL, DUE_IN_THE_MINUTE, loadSeconds, minute);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), minute).toMillis()));

        AtomicBoolean done = new AtomicBoolean();
        List<CompletableFuture<Integer>> replicas = new ArrayList<>();
        for (String name : List.of("replica-1", "replica-2")) {
            ReminderDispatcher dispatcher = new ReminderDispatcher(wardMongo, sender, settings, Clock.systemUTC(), name);
            replicas.add(CompletableFuture.supplyAsync(() -> {
                int handled = 0;
                while (!done.get()) {
                    int round = dispatcher.dispatchDue();
                    handled += round;
                    if (round == 0) {
                        sleep(200);
                    }
                }
                return handled;
            }));
        }
        Instant deadline = minute.plus(Duration.ofMinutes(60));
        for (long sent = 0; sent < DUE_IN_THE_MINUTE && Instant.now().isBefore(deadline); sent = sent()) {
            System.out.printf("%s: %,d sent%n", Instant.now(), sent);
            sleep(10_000);
        }
        done.set(true);
        int handled = 0;
        for (CompletableFuture<Integer> replica : replicas) {
            handled += replica.get();
        }

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
        MimeMessage[] mails = smtp.getReceivedMessages();
        for (MimeMessage mail : mails) {
            distinct.add(mail.getHeader(EmailChannel.REMINDER_HEADER)[0] + "→" + mail.getAllRecipients()[0]);
        }
        long inbox = mongo.getCollection("inbox").countDocuments();
        double seconds = Duration.between(minute, lastSent).toMillis() / 1000.0;
        String report = """
                | measure | value |
                | --- | --- |
                | reminders stored / wards / provinces | %,d / %,d / %d |
                | due in the same minute | %,d |
                | stored in | %.1f s |
                | handled by the two replicas | %,d |
                | sent (status SENT) | %,d |
                | from the minute's start to the last send | %.1f s |
                | throughput | %.0f reminders/s (each: 1 e-mail + 1 inbox entry) |
                | lateness p50 / p99 / max | %.1f s / %.1f s / %.1f s |
                | e-mails received by the SMTP sink | %,d |
                | duplicates (same reminder to the same address twice) | %,d |
                | misses (due and never e-mailed) | %,d |
                | inbox entries | %,d |
                """.formatted(TOTAL, WARDS, PROVINCES, DUE_IN_THE_MINUTE, loadSeconds, handled, sent(), seconds,
                DUE_IN_THE_MINUTE / seconds, percentile(lateness, 50) / 1000.0, percentile(lateness, 99) / 1000.0,
                lateness.isEmpty() ? 0 : lateness.getLast() / 1000.0, mails.length, mails.length - distinct.size(),
                DUE_IN_THE_MINUTE - distinct.size(), inbox);
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark-reminders.md"), report);
        assertThat(distinct).hasSize(DUE_IN_THE_MINUTE);
        assertThat(mails).hasSize(DUE_IN_THE_MINUTE);
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
}
