package vn.wardplan.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import io.cloudevents.CloudEvent;
import jakarta.mail.internet.MimeMessage;
import vn.wardplan.notification.TestClock;
import vn.wardplan.notification.TestFixtures;
import vn.wardplan.notification.TestEvents;
import vn.wardplan.notification.channel.DispatchSettings;
import vn.wardplan.notification.channel.EmailChannel;
import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.channel.WebhookChannel;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Reminders from deliverable events to inboxes, a real SMTP server (GreenMail) and a signed webhook, on real Kafka
 * and the MongoDB driver, with the clock in the test's hand: who gets what and when, cancellation on submit, the
 * late reminder after a reschedule, no duplicates (event twice, two replicas, a replica dying mid-send), escalation,
 * retries and failure, and the policy and calendar APIs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wardplan.notification.dispatch.initial-delay=1h", "wardplan.notification.dispatch.interval=1h",
        // The test's webhook receiver runs on this machine, as an operator's bridge inside the cluster would.
        "wardplan.notification.webhook.internal-hosts=127.0.0.1" })
@Import({ TestInfrastructure.class, TestFixtures.class })
class RemindersIT {

    private static final tools.jackson.databind.json.JsonMapper JSON_READER = tools.jackson.databind.json.JsonMapper.builder().build();

    static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final TestEvents events = new TestEvents();
    static final String TASKS = "wardplan.tasks";

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ReminderDispatcher dispatcher;
    @Autowired
    ReminderSender sender;
    @Autowired
    WardScopedMongo wardMongo;
    @Autowired
    AcrossWards acrossWards;
    @Autowired
    DispatchSettings settings;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    vn.wardplan.notification.digest.DigestDispatcher digests;

    @AfterAll
    static void stop() {
        events.close();
        smtp.stop();
    }

    @BeforeEach
    void clean() throws Exception {
        // Each test starts with nothing due: earlier tests' reminders are moved out of the way, mail is purged.
        mongo.updateMulti(new Query(Criteria.where("status").is("PENDING")), new Update().set("status", "CANCELLED"), Reminder.class);
        smtp.purgeEmailFromAllMailboxes();
        events.send("wardplan.units", events.event("vn.wardplan.unit.registered.v1", "an-duong", "an-duong:kinh-te-ha-tang-do-thi",
                Instant.parse("2026-01-01T00:00:00Z"),
                "{\"code\":\"kinh-te-ha-tang-do-thi\",\"name\":\"Phòng Kinh tế, Hạ tầng và Đô thị\",\"aliases\":[],\"mailbox\":\"phongkinhte.anduong@wardplan.test\"}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(new Query(Criteria.where("code").is("kinh-te-ha-tang-do-thi")
                .and("mailbox").is("phongkinhte.anduong@wardplan.test")), "ward_units"));
    }

    @Test
    void remindsTheLeadAndCoordinatingUnitsInTheirLanguageAndCancelsTheRestOnSubmit() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        String task = newTask();
        schedule(task, "2026-11-30", "van-hoa-xa-hoi");
        awaitReminders(task, 6);

        clock.set(LocalDateTime.of(2026, 11, 19, 8, 0, 30));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(inbox("anduong.kinhte", "an-duong")).contains("Nhắc hạn", "còn 7 ngày làm việc", "\"link\":\"/tasks/" + task)
                .as("the inbox links inside the application, not to the e-mail's absolute URL").doesNotContain("\"link\":\"http");
        assertThat(inbox("anduong.vhxh", "an-duong")).contains("Reminder", "7 working days left");
        assertThat(recipients()).containsExactlyInAnyOrder("anduong.kinhte@wardplan.test", "anduong.vhxh@wardplan.test",
                "phongkinhte.anduong@wardplan.test");
        MimeMessage mail = reminderMails().stream().filter(m -> recipientOf(m).equals("anduong.kinhte@wardplan.test")).findFirst().orElseThrow();
        assertThat(mail.getSubject()).contains("hạn 30/11/2026");
        assertThat(mail.getHeader(EmailChannel.REMINDER_HEADER)[0]).isEqualTo("deliverable:" + task + "/2026|2026-11-30|BEFORE-7");

        events.send(TASKS, events.event("vn.wardplan.deliverable.submitted.v1", "an-duong", task, clock.instant(),
                TestEvents.deliverable(task, 2026, "2026-11-30", "SUBMITTED", "kinh-te-ha-tang-do-thi", "van-hoa-xa-hoi")));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(task, "PENDING") == 0);
        assertThat(count(task, "CANCELLED")).isEqualTo(5);

        clock.set(LocalDateTime.of(2026, 11, 25, 8, 1));
        smtp.purgeEmailFromAllMailboxes();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(reminderMails()).isEmpty();
        assertThat(inbox("lechan.kinhte", "le-chan")).doesNotContain(task);
    }

    @Test
    void aRescheduleToTwoWorkingDaysFromNowSendsOneLateReminderAtOnce() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 26, 10, 0));
        String task = newTask();
        schedule(task, "2026-12-31", null);
        awaitReminders(task, 6);

        events.send(TASKS, events.event("vn.wardplan.deliverable.rescheduled.v1", "an-duong", task, clock.instant(),
                TestEvents.deliverable(task, 2026, "2026-11-30", "PLANNED", "kinh-te-ha-tang-do-thi", null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(task, "SUPERSEDED") == 1);

        assertThat(count(task, "CANCELLED")).as("the old due date's reminders").isEqualTo(6);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        Document sent = mongo.findOne(new Query(Criteria.where("deadlineId").is("deliverable:" + task + "/2026").and("status").is("SENT")),
                Document.class, "reminders");
        assertThat(sent.getString("_id")).endsWith("2026-11-30|BEFORE-3");
        assertThat(sent.getBoolean("late")).isTrue();
        assertThat(recipients()).containsExactlyInAnyOrder("anduong.kinhte@wardplan.test", "phongkinhte.anduong@wardplan.test");
        assertThat(inbox("anduong.kinhte", "an-duong")).contains("đến muộn hơn lịch nhắc", "còn 2 ngày làm việc").doesNotContain("Nhắc muộn");
    }

    @Test
    void theSameEventDeliveredTwiceStoresEachReminderOnce() {
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        String task = newTask();
        CloudEvent scheduled = events.event("vn.wardplan.deliverable.scheduled.v1", "an-duong", task, clock.instant(),
                TestEvents.deliverable(task, 2026, "2026-11-30", "PLANNED", "kinh-te-ha-tang-do-thi", null));
        events.send(TASKS, scheduled);
        events.send(TASKS, scheduled);

        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(new Query(Criteria.where("_id")
                .is("notification-deliverable-deadlines:" + scheduled.getId())), "processed_events"));
        assertThat(mongo.count(new Query(Criteria.where("deadlineId").is("deliverable:" + task + "/2026")), "reminders")).isEqualTo(6);
    }

    @Test
    void twoReplicasSendEveryDueReminderExactlyOnce() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 26, 10, 0));
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String task = newTask();
            tasks.add(task);
            schedule(task, "2026-11-30", null);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> tasks.stream().allMatch(t -> count(t, "PENDING") == 5));

        ReminderDispatcher first = new ReminderDispatcher(acrossWards, sender, settings, clock, "replica-1");
        ReminderDispatcher second = new ReminderDispatcher(acrossWards, sender, settings, clock, "replica-2");
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(first::dispatchDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(second::dispatchDue);

        assertThat(a.get() + b.get()).isEqualTo(30);
        List<String> sent = new ArrayList<>();
        for (MimeMessage message : reminderMails()) {
            sent.add(message.getHeader(EmailChannel.REMINDER_HEADER)[0] + " → " + message.getAllRecipients()[0]);
        }
        assertThat(sent).hasSize(60).doesNotHaveDuplicates();
    }

    @Test
    void aReplicaKilledMidSendIsTakenOverWhenItsLeaseRunsOutAndNothingIsSentTwice() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 26, 10, 0));
        String task = newTask();
        schedule(task, "2026-11-30", null);
        awaitReminders(task, 6);
        String late = "deliverable:" + task + "/2026|2026-11-30|BEFORE-3";
        // A replica claimed it, put it in the inbox and died before the e-mails.
        mongo.updateFirst(new Query(Criteria.where("_id").is(late)), new Update().set("status", "SENDING").set("owner", "dead-replica")
                .set("leaseUntil", clock.instant().plus(settings.lease())).inc("attempts", 1)
                .push("deliveries", new Reminder.Delivery(Reminder.Channel.INBOX, "anduong.kinhte", "anduong.kinhte", clock.instant(), true, null)),
                Reminder.class);

        assertThat(dispatcher.dispatchDue()).as("the lease still holds").isZero();
        clock.advance(settings.lease().plusSeconds(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        Reminder reminder = mongo.findById(late, Reminder.class);
        assertThat(reminder.status()).isEqualTo(Reminder.Status.SENT);
        assertThat(reminder.deliveries()).filteredOn(d -> d.channel() == Reminder.Channel.INBOX).hasSize(1);
        assertThat(recipients()).containsExactlyInAnyOrder("anduong.kinhte@wardplan.test", "phongkinhte.anduong@wardplan.test");
    }

    @Test
    void anOverdueDeliverableEscalatesToTheDirectingLeaderOnThePolicysDay() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        String task = newTask();
        schedule(task, "2026-11-30", null);
        awaitReminders(task, 6);

        clock.set(LocalDateTime.of(2026, 12, 2, 8, 0, 30));
        assertThat(dispatcher.dispatchDue()).as("after downtime: the latest due reminder only").isGreaterThanOrEqualTo(1);
        assertThat(count(task, "SENT")).isEqualTo(1);
        assertThat(inbox("anduong.chutich", "an-duong")).doesNotContain(task);

        clock.set(LocalDateTime.of(2026, 12, 3, 8, 0, 30));
        dispatcher.dispatchDue();
        assertThat(inbox("anduong.chutich", "an-duong")).contains("Báo cáo lãnh đạo", "quá hạn 3 ngày làm việc", task);
        assertThat(mongo.exists(new Query(Criteria.where("_id").is("deliverable:" + task + "/2026|2026-11-30|OVERDUE-2").and("status").is("PENDING")),
                Reminder.class)).isTrue();

        // A policy edit (here: the defaults saved as they are) re-plans, and the running overdue chain goes on.
        String defaults = policyJson("[7,3,1]", "null", "null").replace("\"quietFrom\":null,\"quietUntil\":null",
                "\"quietFrom\":\"21:00\",\"quietUntil\":\"07:00\"");
        assertThat(api().put("/api/notifications/policy", TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").sign(), defaults)
                .status()).isEqualTo(200);
        String secondOverdue = "deliverable:" + task + "/2026|2026-11-30|OVERDUE-2";
        assertThat(mongo.findById(secondOverdue, Reminder.class).status()).isEqualTo(Reminder.Status.PENDING);

        // Submitted, then returned by the ward office: the chain stops, then goes on.
        events.send(TASKS, events.event("vn.wardplan.deliverable.submitted.v1", "an-duong", task, clock.instant(),
                TestEvents.deliverable(task, 2026, "2026-11-30", "SUBMITTED", "kinh-te-ha-tang-do-thi", null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(secondOverdue, Reminder.class).status() == Reminder.Status.CANCELLED);
        events.send(TASKS, events.event("vn.wardplan.deliverable.returned.v1", "an-duong", task, clock.instant().plusSeconds(60),
                TestEvents.deliverable(task, 2026, "2026-11-30", "RETURNED", "kinh-te-ha-tang-do-thi", null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(secondOverdue, Reminder.class).status() == Reminder.Status.PENDING);
    }

    @Test
    void theWebhookIsSignedAndAFailingOneIsRetriedThenShownAsFailed() throws Exception {
        ConcurrentLinkedQueue<Map<String, String>> received = new ConcurrentLinkedQueue<>();
        AtomicInteger answer = new AtomicInteger(200);
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Map.of("body", body, "signature", exchange.getRequestHeaders().getFirst("X-Wardplan-Signature"),
                    "timestamp", exchange.getRequestHeaders().getFirst("X-Wardplan-Timestamp")));
            byte[] failure = "stack trace of the bridge, token=abc123".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), answer.get() == 200 ? -1 : failure.length);
            if (answer.get() != 200) {
                exchange.getResponseBody().write(failure);
            }
            exchange.close();
        });
        hook.start();
        try {
            String admin = TestTokens.user("kienan.vanphong", "kien-an", "ward-admin").sign();
            ApiClient.Response saved = api().put("/api/notifications/policy", admin, policyJson("[7,3,1]",
                    "\"http://127.0.0.1:" + hook.getAddress().getPort() + "/hook\"", "\"a-secret-of-the-ward-kien-an\""));
            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.body()).contains("\"webhookSecretSet\":true").doesNotContain("a-secret-of-the-ward");

            clock.set(LocalDateTime.of(2026, 11, 26, 10, 0));
            String task = newTask("kien-an");
            events.send(TASKS, events.event("vn.wardplan.deliverable.scheduled.v1", "kien-an", task, clock.instant(),
                    TestEvents.deliverable(task, 2026, "2026-11-30", "PLANNED", "kinh-te-ha-tang-do-thi", null)));
            awaitReminders(task, 6);
            assertThat(dispatcher.dispatchDue()).isEqualTo(1);

            Map<String, String> call = received.poll();
            assertThat(call.get("body")).contains("\"ward\":\"kien-an\"", "\"late\":true", task);
            assertThat(call.get("signature")).isEqualTo("sha256=" + WebhookChannel.sign("a-secret-of-the-ward-kien-an",
                    call.get("timestamp") + "." + call.get("body")));

            answer.set(500);
            clock.set(LocalDateTime.of(2026, 11, 27, 8, 0, 30));
            for (int attempt = 0; attempt < 5; attempt++) {
                dispatcher.dispatchDue();
                clock.advance(Duration.ofHours(3));
            }
            assertThat(received).hasSize(5);
            String failed = api().get("/api/notifications/reminders?status=FAILED&item=" + task, admin).body();
            // The delivery log tells the status, never what the remote end answered.
            assertThat(failed).contains("HTTP 500").doesNotContain("token=abc123", "stack trace");
            assertThat(failed).contains("BEFORE-1", "\"attempts\":5", "\"ok\":false", "\"item\":{\"kind\":\"DELIVERABLE\",\"id\":\"" + task
                    + "\",\"period\":\"2026\",\"title\":\"Báo cáo kết quả thực hiện nhiệm vụ phát triển thương mại, dịch vụ\"");
            assertThat(api().get("/api/notifications/reminders", TestTokens.user("kienan.ketoan", "kien-an", "unit-officer").sign())
                    .status()).isEqualTo(403);
        } finally {
            hook.stop(0);
        }
    }

    @Test
    void aWebhookThatWouldReachInsideThePlatformIsRefusedWhenSavedAndNothingChanges() {
        String admin = TestTokens.user("doson.vanphong", "do-son", "ward-admin").sign();
        String before = api().get("/api/notifications/policy", admin).body();
        for (String url : List.of("http://127.0.0.1:8081/actuator/env".replace("127.0.0.1", "localhost"),
                "https://localhost:8081/actuator/env", "https://169.254.169.254/latest/meta-data/", "https://2130706433/hook",
                "https://0177.0.0.1/hook", "https://[::ffff:127.0.0.1]/hook", "https://10.0.0.5/hook", "https://100.64.1.1/hook",
                "https://[fd00::1]/hook", "http://8.8.8.8/hook", "https://user:secret@8.8.8.8/hook", "gopher://8.8.8.8/")) {
            ApiClient.Response refused = api().put("/api/notifications/policy", admin, policyJson("[7,3,1]", "\"" + url + "\"",
                    "\"a-secret-of-the-ward-do-son\""));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).as(url).contains("policy.webhookRefused", "Địa chỉ webhook bị từ chối");
        }
        assertThat(api().get("/api/notifications/policy", admin).body()).isEqualTo(before);
        assertThat(api().put("/api/notifications/policy", admin, policyJson("[7,3,1]", "\"https://8.8.8.8/zalo\"",
                "\"a-secret-of-the-ward-do-son\"")).status()).isEqualTo(200);
    }

    @Test
    void aPolicyEditReplansWhatIsToComeAndBadInputChangesNothing() {
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        String task = newTask("hong-bang");
        events.send(TASKS, events.event("vn.wardplan.deliverable.scheduled.v1", "hong-bang", task, clock.instant(),
                TestEvents.deliverable(task, 2026, "2026-11-30", "PLANNED", "kinh-te-ha-tang-do-thi", null)));
        awaitReminders(task, 6);
        String admin = TestTokens.user("hongbang.vanphong", "hong-bang", "ward-admin").sign();

        ApiClient.Response empty = api().put("/api/notifications/policy", admin, policyJson("[]", "null", "null"));
        ApiClient.Response officer = api().put("/api/notifications/policy",
                TestTokens.user("hongbang.kinhte", "hong-bang", "unit-officer").sign(), policyJson("[5]", "null", "null"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.body()).contains("Dữ liệu không hợp lệ", "beforeWorkingDays", "không được để trống");
        ApiClient.Response partial = api().put("/api/notifications/policy", admin,
                "{\"beforeWorkingDays\":[5],\"sendTime\":\"08:00\"}");
        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.body()).contains("overdueEveryWorkingDays", "là bắt buộc");
        ApiClient.Response broken = api().put("/api/notifications/policy", admin, "{not json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Failed to read request");
        assertThat(officer.status()).isEqualTo(403);
        assertThat(api().get("/api/notifications/policy", admin).body()).contains("\"beforeWorkingDays\":[7,3,1]");

        ApiClient.Response changed = api().put("/api/notifications/policy", admin, policyJson("[5]", "null", "null"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("\"replannedDeadlines\":1").doesNotContain("indicatorValueDueDay");
        assertThat(mongo.exists(new Query(Criteria.where("_id").is("deliverable:" + task + "/2026|2026-11-30|BEFORE-5").and("status").is("PENDING")),
                Reminder.class)).isTrue();
        assertThat(mongo.findById("deliverable:" + task + "/2026|2026-11-30|BEFORE-7", Reminder.class).status()).isEqualTo(Reminder.Status.CANCELLED);

        // The refused edits left no trace; the one that landed is in the trail with the policy before and after.
        var trail = vn.wardplan.platform.test.KafkaProbe.auditOf("hong-bang", 1).stream().map(r -> JSON_READER.readTree(r.value()))
                .filter(e -> e.get("kind").asString().equals("REMINDER_POLICY")).toList();
        assertThat(trail).hasSize(1);
        assertThat(trail.getFirst().get("service").asString()).isEqualTo("notification-service");
        assertThat(trail.getFirst().get("actor").asString()).isEqualTo("hongbang.vanphong");
        assertThat(trail.getFirst().path("before").isNull() || trail.getFirst().path("before").isMissingNode()).isTrue();
        assertThat(trail.getFirst().at("/after/beforeWorkingDays/0").asInt()).isEqualTo(5);
        assertThat(trail.getFirst().toString()).doesNotContain("webhookSecret\":\"");
    }

    @Test
    void theLogShowsWhatComesNextSoonestFirstAndRefusesAnOrderItDoesNotKnow() {
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        String task = newTask();
        schedule(task, "2026-11-30", null);
        awaitReminders(task, 6);
        String admin = TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").sign();

        List<String> next = sendTimes(api().get("/api/notifications/reminders?status=PENDING&order=NEXT&item=" + task, admin).body());
        List<String> newest = sendTimes(api().get("/api/notifications/reminders?status=PENDING&item=" + task, admin).body());
        assertThat(next).hasSizeGreaterThanOrEqualTo(6).isSorted();
        assertThat(newest).isEqualTo(next.reversed());

        ApiClient.Response sideways = api().get("/api/notifications/reminders?order=SIDEWAYS", admin);
        assertThat(sideways.status()).isEqualTo(400);
        assertThat(sideways.contentType()).startsWith("application/problem+json");
    }

    private static List<String> sendTimes(String body) {
        return java.util.regex.Pattern.compile("\"sendAt\":\"([^\"]+)\"").matcher(body).results().map(m -> m.group(1)).toList();
    }

    @Test
    void theCalendarShowsTheLunarHolidaysAndTheWardsAnnouncedDays() {
        String admin = TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").sign();
        assertThat(api().get("/api/notifications/calendar/2027", admin).body())
                .contains("\"tet\":\"2027-02-06\"", "Giỗ Tổ Hùng Vương", "2027-04-16");

        assertThat(api().put("/api/notifications/calendar/days/2027-02-20",
                TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign(), "{\"dayOff\":false,\"name\":\"Làm bù\"}").status())
                .isEqualTo(403);
        assertThat(api().put("/api/notifications/calendar/days/2027-02-24", admin, "{\"dayOff\":false,\"name\":\"Làm bù\"}").status())
                .as("a Wednesday is a working day already").isEqualTo(400);
        ApiClient.Response saturday = api().put("/api/notifications/calendar/days/2027-02-20", admin,
                "{\"dayOff\":false,\"name\":\"Làm bù cho ngày nghỉ Tết\"}");
        assertThat(saturday.status()).isEqualTo(200);
        assertThat(saturday.body()).contains("\"workingWeekendDays\":[{\"date\":\"2027-02-20\"");
        assertThat(api().get("/api/notifications/calendar/2027", TestTokens.user("lechan.kinhte", "le-chan", "unit-officer").sign())
                .body()).contains("\"workingWeekendDays\":[]");
        assertThat(api().delete("/api/notifications/calendar/days/2027-02-20", admin).status()).isEqualTo(204);
        assertThat(api().delete("/api/notifications/calendar/days/2027-02-20", admin).status()).as("already withdrawn").isEqualTo(404);
        assertThat(api().get("/api/notifications/calendar/2027", admin).body()).contains("\"workingWeekendDays\":[]");

        // Both changes go out for task-service, which counts the units' deadlines on the same calendar.
        var days = vn.wardplan.platform.test.KafkaProbe.read("wardplan.calendars", Duration.ofSeconds(20), seen -> seen.stream()
                .filter(r -> r.key().equals("an-duong") && new String(r.value()).contains("2027-02-20")).count() >= 2);
        assertThat(days).filteredOn(r -> r.key().equals("an-duong") && new String(r.value()).contains("2027-02-20"))
                .extracting(r -> vn.wardplan.platform.test.KafkaProbe.header(r, "ce_type"))
                .containsSubsequence("vn.wardplan.calendar.day-announced.v1", "vn.wardplan.calendar.day-withdrawn.v1");
    }

    @Test
    void indicatorValuesAreDueOnTheRegimesPeriodsWhicheverArrivesFirstAndSubmittingOneStopsItsReminders() {
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        String ward = "w-" + UUID.randomUUID().toString().substring(0, 6);
        String indicator = ward + ":86-KH-UBND:1";
        events.send("wardplan.indicators", events.event("vn.wardplan.indicator.defined.v1", ward, indicator, clock.instant(), """
                {"planNumber":"86/KH-UBND","key":"1","definition":{"position":1,"code":"1","name":"Tốc độ tăng trưởng GRDP",
                 "measureUnit":"%","directingLeader":"Chủ tịch UBND phường","advisingUnitCode":"kinh-te-ha-tang-do-thi",
                 "startYear":2026,"endYear":2027}}
                """));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(new Query(Criteria.where("_id").is(indicator)), "indicator_dues"));
        assertThat(mongo.count(new Query(Criteria.where("itemId").is(indicator)), "deadlines")).as("no regime known yet").isZero();

        events.send("wardplan.reporting-regimes", events.event("vn.wardplan.reporting-regime.changed.v1", ward, ward,
                clock.instant().plusSeconds(10), """
                {"ward":"%s","ownRules":false,"periods":[
                 {"key":"2026-6M","kind":"HALF_YEAR","year":2026,"label":"6 tháng đầu năm 2026","unitsDue":"2026-06-16"},
                 {"key":"2026","kind":"YEAR","year":2026,"label":"Năm 2026","unitsDue":"2026-12-16"},
                 {"key":"2027-M01","kind":"MONTH","year":2027,"label":"Tháng 1/2027","unitsDue":"2027-01-18"},
                 {"key":"2027-6M","kind":"HALF_YEAR","year":2027,"label":"6 tháng đầu năm 2027","unitsDue":"2027-06-16"},
                 {"key":"2027","kind":"YEAR","year":2027,"label":"Năm 2027","unitsDue":"2027-12-16"},
                 {"key":"2028","kind":"YEAR","year":2028,"label":"Năm 2028","unitsDue":"2028-12-18"}]}
                """.formatted(ward)));
        // Months carry no indicator values, and 2028 is outside the indicator's years.
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(new Query(Criteria.where("itemId").is(indicator)), "deadlines") == 4);
        String value2026 = "indicator:" + indicator + "/2026";
        assertThat(mongo.findById(value2026, Deadline.class).dueDate()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(mongo.findById("indicator:" + indicator + "/2026-6M", Deadline.class).period()).isEqualTo("2026-6M");
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(new Query(Criteria.where("deadlineId").is(value2026)
                .and("status").is("PENDING")), "reminders") == 6);

        events.send("wardplan.indicators", events.event("vn.wardplan.indicator.value-submitted.v1", ward, indicator,
                clock.instant().plusSeconds(60), "{\"indicatorId\":\"" + indicator + "\",\"period\":\"2026\",\"value\":12.1}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(new Query(Criteria.where("deadlineId").is(value2026)
                .and("status").is("PENDING")), "reminders") == 0);
        assertThat(mongo.count(new Query(Criteria.where("deadlineId").is("indicator:" + indicator + "/2027")
                .and("status").is("PENDING")), "reminders")).isEqualTo(6);

        events.send("wardplan.indicators", events.event("vn.wardplan.indicator.value-returned.v1", ward, indicator,
                clock.instant().plusSeconds(120), "{\"indicatorId\":\"" + indicator + "\",\"period\":\"2026\",\"comment\":\"Sai số\"}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(new Query(Criteria.where("deadlineId").is(value2026)
                .and("status").is("PENDING")), "reminders") == 6);
    }

    @Test
    void aDeliverableTheRegimeNoLongerAsksForStopsItsReminders() {
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        String task = newTask();
        schedule(task, "2026-11-30", null);
        awaitReminders(task, 6);

        events.send(TASKS, events.event("vn.wardplan.deliverable.cancelled.v1", "an-duong", task, clock.instant().plusSeconds(5),
                TestEvents.deliverable(task, 2026, "2026-11-30", "PLANNED", "kinh-te-ha-tang-do-thi", null)));

        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(new Query(Criteria.where("deadlineId").is("deliverable:" + task + "/2026")
                .and("status").is("PENDING")), "reminders") == 0);
        assertThat(mongo.findById("deliverable:" + task + "/2026", Deadline.class).open()).isFalse();
    }

    @Test
    void theOfficeRemindsTheLateUnitsOfAPeriodOnceEachAndNotTwiceWhenPressedAgain() {
        clock.set(LocalDateTime.of(2026, 6, 22, 9, 0));
        String first = newTask();
        String second = newTask();
        events.send(TASKS, events.event("vn.wardplan.deliverable.scheduled.v1", "an-duong", first, clock.instant(),
                TestEvents.deliverable(first, 2026, "2026-06-16", "PLANNED", "kinh-te-ha-tang-do-thi", "van-hoa-xa-hoi")
                        .replace("\"deliverableId\":\"2026\"", "\"deliverableId\":\"2026-6M\"")));
        events.send(TASKS, events.event("vn.wardplan.deliverable.scheduled.v1", "an-duong", second, clock.instant(),
                TestEvents.deliverable(second, 2026, "2026-06-16", "PLANNED", "kinh-te-ha-tang-do-thi", null)
                        .replace("\"deliverableId\":\"2026\"", "\"deliverableId\":\"2026-6M\"")));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(new Query(Criteria.where("itemId").in(first, second)
                .and("period").is("2026-6M")), "deadlines") == 2);
        String admin = TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").sign();

        assertThat(api().post("/api/notifications/periods/2026-6M/late-reminders",
                TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign(), "").status()).isEqualTo(403);
        assertThat(api().post("/api/notifications/periods/2026-H1/late-reminders", admin, "").status()).isEqualTo(400);
        ApiClient.Response pressed = api().post("/api/notifications/periods/2026-6M/late-reminders", admin, "");
        ApiClient.Response again = api().post("/api/notifications/periods/2026-6M/late-reminders", admin, "");

        assertThat(pressed.status()).isEqualTo(200);
        assertThat(pressed.body()).contains("\"unit\":\"kinh-te-ha-tang-do-thi\"", "\"reminded\":true");
        assertThat(again.body()).contains("\"reminded\":false").doesNotContain("\"reminded\":true");
        String deadline = "period:2026-6M/an-duong:kinh-te-ha-tang-do-thi";
        assertThat(mongo.count(new Query(Criteria.where("deadlineId").is(deadline).and("kind").is("REQUESTED")), "reminders")).isEqualTo(1);
        dispatcher.dispatchDue();
        assertThat(mongo.count(new Query(Criteria.where("deadlineId").is(deadline).and("status").is("SENT")), "reminders")).isEqualTo(1);
        assertThat(mongo.findById(deadline, Deadline.class).title()).startsWith("2 việc").contains("6 tháng đầu năm 2026");

        // Another ward late in the same period with a unit of the same code: its own reminder, An Dương's untouched.
        String leChan = newTask("le-chan");
        events.send(TASKS, events.event("vn.wardplan.deliverable.scheduled.v1", "le-chan", leChan, clock.instant(),
                TestEvents.deliverable(leChan, 2026, "2026-06-16", "PLANNED", "kinh-te-ha-tang-do-thi", null)
                        .replace("\"deliverableId\":\"2026\"", "\"deliverableId\":\"2026-6M\"")));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(new Query(Criteria.where("itemId").is(leChan)), "deadlines") == 1);
        assertThat(api().post("/api/notifications/periods/2026-6M/late-reminders", TestTokens.user("lechan.vanphong", "le-chan",
                "ward-admin").sign(), "").body()).contains("\"reminded\":true");
        assertThat(mongo.count(new Query(Criteria.where("kind").is("REQUESTED").and("deadlineId").regex("^period:2026-6M/")), "reminders"))
                .isEqualTo(2);
        assertThat(mongo.findById(deadline, Deadline.class).ward()).isEqualTo("an-duong");
        assertThat(mongo.findById("period:2026-6M/le-chan:kinh-te-ha-tang-do-thi", Deadline.class).ward()).isEqualTo("le-chan");
    }

    @Test
    void aWardThatChoseDigestsSendsEachOfficialOneMailADayWithTheirReminders() throws Exception {
        String admin = TestTokens.user("doson.vanphong", "do-son", "ward-admin").sign();
        String digest = policyJson("[7,3,1]", "null", "null").replace("\"quietFrom\":null", "\"dailyDigest\":true,\"digestTime\":\"16:30\",\"quietFrom\":null");
        assertThat(api().put("/api/notifications/policy", admin, digest).body()).contains("\"dailyDigest\":true", "\"digestTime\":\"16:30");

        clock.set(LocalDateTime.of(2026, 11, 26, 10, 0));
        String first = newTask("do-son");
        String second = newTask("do-son");
        for (String task : List.of(first, second)) {
            events.send(TASKS, events.event("vn.wardplan.deliverable.scheduled.v1", "do-son", task, clock.instant(),
                    TestEvents.deliverable(task, 2026, "2026-11-30", "PLANNED", "kinh-te-ha-tang-do-thi", null)));
            awaitReminders(task, 6);
        }
        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(reminderMails()).as("nothing before the digest time").isEmpty();
        assertThat(inbox("doson.kinhte", "do-son")).contains(first, second);

        clock.set(LocalDateTime.of(2026, 11, 26, 16, 30, 5));
        assertThat(digests.dispatchDue()).isEqualTo(1);
        assertThat(digests.dispatchDue()).isZero();
        List<MimeMessage> mails = reminderMails();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).contains("Tổng hợp nhắc việc ngày 26/11/2026", "2 mục");
        assertThat((String) mails.getFirst().getContent()).contains("/tasks/" + first, "/tasks/" + second);
    }

    @Test
    void theUnitHearsTheOfficesDecisionsAndTheOfficeHearsOfSubmissions() throws Exception {
        String task = newTask("ngo-quyen");
        String deliverable = TestEvents.deliverable(task, 2026, "2026-11-30", "SUBMITTED", "kinh-te-ha-tang-do-thi", null)
                .replace("\"comment\":null", "\"comment\":\"Bổ sung số liệu thu ngân sách quý III\"");
        events.send(TASKS, events.event("vn.wardplan.deliverable.submitted.v1", "ngo-quyen", task, clock.instant(), deliverable));
        CloudEvent returned = events.event("vn.wardplan.deliverable.returned.v1", "ngo-quyen", task, clock.instant().plusSeconds(5),
                deliverable.replace("SUBMITTED", "RETURNED"));
        events.send(TASKS, returned);
        events.send(TASKS, returned);
        String indicator = "ngo-quyen:12-KH-UBND:1";
        events.send("wardplan.indicators", events.event("vn.wardplan.indicator.defined.v1", "ngo-quyen", indicator, clock.instant(), """
                {"key":"1","definition":{"name":"Tốc độ tăng trưởng GRDP","advisingUnitCode":"kinh-te-ha-tang-do-thi",
                 "directingLeader":"Chủ tịch UBND phường","startYear":2026,"endYear":2030}}
                """));
        events.send("wardplan.indicators", events.event("vn.wardplan.indicator.value-approved.v1", "ngo-quyen", indicator,
                clock.instant().plusSeconds(10), "{\"indicatorId\":\"" + indicator + "\",\"period\":\"2026-6M\",\"value\":6.1,"
                        + "\"advisingUnitCode\":\"kinh-te-ha-tang-do-thi\"}"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inbox("ngoquyen.vanphong", "ngo-quyen")).contains("Chờ xem xét: báo cáo", "\"link\":\"/tasks/" + task);
            assertThat(inbox("ngoquyen.kinhte", "ngo-quyen")).contains("Bị trả lại: báo cáo", "Lý do: Bổ sung số liệu thu ngân sách quý III",
                    "Đã duyệt: số liệu \\\"Tốc độ tăng trưởng GRDP\\\" (6 tháng đầu năm 2026)");
        });
        assertThat(mongo.count(new Query(Criteria.where("_id").regex("^notice:" + returned.getId())), "inbox"))
                .as("the same event twice: one message").isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> recipientOf(m).equals("ngoquyen.kinhte@wardplan.test") && subjectOf(m).startsWith("[wardplan] Bị trả lại")));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        ApiClient.Response docs = api().get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\":\"3.", "/api/notifications/inbox", "/api/notifications/inbox/{id}/read",
                "/api/notifications/inbox/unread-count", "/api/notifications/policy", "/api/notifications/calendar/{year}",
                "/api/notifications/calendar/days/{date}", "/api/notifications/reminders", "bearer");
    }

    private static String policyJson(String before, String webhookUrl, String secret) {
        return """
                {"beforeWorkingDays":%s,"onDueDay":true,"overdueEveryWorkingDays":2,"maxOverdueReminders":10,
                 "escalateAfterWorkingDays":3,"sendTime":"08:00","quietFrom":null,"quietUntil":null,
                 "webhookUrl":%s,"webhookSecret":%s}
                """.formatted(before, webhookUrl, secret);
    }

    private String newTask() {
        return newTask("an-duong");
    }

    private static String newTask(String ward) {
        return ward + ":86-KH-UBND:" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void schedule(String task, String dueDate, String coordinating) {
        events.send(TASKS, events.event("vn.wardplan.deliverable.scheduled.v1", "an-duong", task, clock.instant(),
                TestEvents.deliverable(task, 2026, dueDate, "PLANNED", "kinh-te-ha-tang-do-thi", coordinating)));
    }

    private void awaitReminders(String task, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(new Query(Criteria.where("deadlineId").is("deliverable:" + task + "/2026")),
                "reminders") >= count);
    }

    private long count(String task, String status) {
        return mongo.count(new Query(Criteria.where("deadlineId").is("deliverable:" + task + "/2026").and("status").is(status)), "reminders");
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : reminderMails()) {
            to.add(message.getAllRecipients()[0].toString());
        }
        return to;
    }

    /** The mails reminders sent; decision notices (their header "notice:…") go out beside them, on their own events. */
    private static List<MimeMessage> reminderMails() {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                String[] id = m.getHeader(EmailChannel.REMINDER_HEADER);
                return id == null || !id[0].startsWith("notice:");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String inbox(String user, String ward) {
        return api().get("/api/notifications/inbox", TestTokens.user(user, ward, "unit-officer").sign()).body();
    }

    private ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }
}
