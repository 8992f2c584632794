package vn.wardplan.notification.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.notification.TestFixtures;
import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.deadline.IndicatorDue;
import vn.wardplan.notification.inbox.InboxMessage;
import vn.wardplan.notification.reminder.Reminder;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/**
 * A leader of An Dương asks the unit responsible for an indicator to explain it: the unit owes the answer in five
 * working days (a deadline with reminders), hears of the question, answers; the leader asks again, then closes. A city
 * viewer asks the ward office about the ward. Monday 2 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wardplan.notification.dispatch.initial-delay=1h", "wardplan.notification.dispatch.interval=1h" })
@Import({ TestInfrastructure.class, TestFixtures.class })
class ExplanationsIT {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    final String leader = TestTokens.user("anduong.chutich", "an-duong", "ward-leader").unit("lanh-dao").sign();
    final String vhxh = TestTokens.user("anduong.vhxh", "an-duong", "unit-officer").unit("van-hoa-xa-hoi").sign();
    final String kinhTe = TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").unit("kinh-te-ha-tang-do-thi").sign();

    String indicator() {
        String id = "an-duong:86-KH-UBND:x" + UUID.randomUUID().toString().substring(0, 6);
        mongo.save(new IndicatorDue(id, "an-duong", "hai-phong", "Tỷ lệ người dân tham gia bảo hiểm y tế " + id.substring(id.length() - 6),
                "van-hoa-xa-hoi", "Phó Chủ tịch UBND phường phụ trách văn xã", 2026, 2030));
        return id;
    }

    @Test
    void aLeaderAsksTheUnitIsRemindedAndAnswersTheLeaderAsksAgainAndCloses() throws Exception {
        String indicator = indicator();
        ApiClient.Response asked = api().post("/api/notifications/explanations", leader, json.writeValueAsString(java.util.Map.of(
                "subjectKind", "INDICATOR", "subjectId", indicator, "question", "Vì sao 6 tháng chỉ đạt 96,9 %?")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        JsonNode request = json.readTree(asked.body());
        String id = request.get("id").asString();
        assertThat(request.get("status").asString()).isEqualTo("OPEN");
        assertThat(request.get("unit").asString()).isEqualTo("van-hoa-xa-hoi");
        // Five working days from Monday 2 November.
        assertThat(request.get("answerDue").asString()).isEqualTo("2026-11-09");

        Deadline owed = mongo.findById("explanation:" + id, Deadline.class);
        assertThat(owed.open()).isTrue();
        assertThat(owed.dueDate()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(owed.leadUnit()).isEqualTo("van-hoa-xa-hoi");
        assertThat(mongo.find(new Query(Criteria.where("deadlineId").is("explanation:" + id)), Reminder.class))
                .as("reminded like any deadline").isNotEmpty();
        List<InboxMessage> told = mongo.find(new Query(Criteria.where("recipient").is("anduong.vhxh")
                .and("title").regex("Yêu cầu giải trình")), InboxMessage.class);
        assertThat(told).anySatisfy(m -> assertThat(m.body()).contains("Vì sao 6 tháng chỉ đạt 96,9 %?", "09/11/2026"));

        assertThat(api().post("/api/notifications/explanations/" + id + "/answer", kinhTe, "{\"text\":\"x\"}").status()).isEqualTo(403);
        assertThat(api().post("/api/notifications/explanations/" + id + "/answer", vhxh, "{\"text\":\" \"}").status()).isEqualTo(400);
        JsonNode answered = json.readTree(api().post("/api/notifications/explanations/" + id + "/answer", vhxh,
                "{\"text\":\"Bảo hiểm xã hội chưa cập nhật danh sách học sinh.\",\"attachments\":[\"Công văn 12/BHXH\"]}").body());
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.at("/exchanges/1/attachments/0").asString()).isEqualTo("Công văn 12/BHXH");
        assertThat(mongo.findById("explanation:" + id, Deadline.class).open()).isFalse();

        assertThat(api().post("/api/notifications/explanations/" + id + "/close", vhxh, "").status()).isEqualTo(403);
        JsonNode again = json.readTree(api().post("/api/notifications/explanations/" + id + "/ask-again", leader,
                "{\"question\":\"Khi nào cập nhật xong?\"}").body());
        assertThat(again.get("status").asString()).isEqualTo("OPEN");
        assertThat(again.get("exchanges").findValuesAsString("kind")).containsExactly("QUESTION", "ANSWER", "QUESTION");
        assertThat(mongo.findById("explanation:" + id, Deadline.class).open()).isTrue();
        api().post("/api/notifications/explanations/" + id + "/answer", vhxh, "{\"text\":\"Trong tháng 11.\"}");
        JsonNode closed = json.readTree(api().post("/api/notifications/explanations/" + id + "/close", leader, "").body());
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(api().post("/api/notifications/explanations/" + id + "/answer", vhxh, "{\"text\":\"x\"}").status()).isEqualTo(409);

        JsonNode listed = json.readTree(api().get("/api/notifications/explanations?subject=" + indicator, vhxh).body());
        assertThat(listed.findValuesAsString("id")).containsExactly(id);

        // Each step is an event carrying the request as it stands (docs/events/explanations.md).
        var steps = vn.wardplan.platform.test.KafkaProbe.distinct(vn.wardplan.platform.test.KafkaProbe.read("wardplan.explanations",
                java.time.Duration.ofSeconds(20), seen -> seen.stream().filter(r -> id.equals(r.key())).count() >= 5)).stream()
                .filter(r -> id.equals(r.key())).toList();
        assertThat(steps).extracting(r -> vn.wardplan.platform.test.KafkaProbe.header(r, "ce_type")).containsExactly(
                "vn.wardplan.explanation.asked.v1", "vn.wardplan.explanation.answered.v1", "vn.wardplan.explanation.asked-again.v1",
                "vn.wardplan.explanation.answered.v1", "vn.wardplan.explanation.closed.v1");
        JsonNode last = json.readTree(steps.getLast().value());
        assertThat(last.get("status").asString()).isEqualTo("CLOSED");
        assertThat(last.get("exchanges")).hasSize(4);
        assertThat(last.at("/exchanges/1/text").asString()).isEqualTo("Bảo hiểm xã hội chưa cập nhật danh sách học sinh.");
    }

    @Test
    void aLeaderAsksAboutOneOverdueReportOfATaskAndItsLeadUnitAnswers() throws Exception {
        String task = "an-duong:86-KH-UBND:d" + UUID.randomUUID().toString().substring(0, 6);
        mongo.save(new Deadline("deliverable:" + task + "/2026-6M", "an-duong", "hai-phong", Deadline.Kind.DELIVERABLE, task, "2026-6M",
                "Phát triển kinh tế tư nhân", "/tasks/" + task, LocalDate.of(2026, 6, 16), "kinh-te-ha-tang-do-thi", List.of(),
                "Chủ tịch UBND phường", true, Instant.parse("2026-06-01T00:00:00Z")));
        ApiClient.Response unknown = api().post("/api/notifications/explanations", leader,
                "{\"subjectKind\":\"DELIVERABLE\",\"subjectId\":\"" + task + "/2029\",\"question\":\"x\"}");
        assertThat(unknown.status()).isEqualTo(404);
        ApiClient.Response asked = api().post("/api/notifications/explanations", leader,
                "{\"subjectKind\":\"DELIVERABLE\",\"subjectId\":\"" + task + "/2026-6M\",\"question\":\"Vì sao chưa gửi báo cáo 6 tháng?\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        JsonNode request = json.readTree(asked.body());
        assertThat(request.get("subjectTitle").asString()).isEqualTo("báo cáo kỳ 2026-6M của nhiệm vụ “Phát triển kinh tế tư nhân”");
        assertThat(request.get("unit").asString()).isEqualTo("kinh-te-ha-tang-do-thi");
        assertThat(api().post("/api/notifications/explanations/" + request.get("id").asString() + "/answer", kinhTe,
                "{\"text\":\"Đã gửi ngày 20/6.\"}").status()).isEqualTo(200);
        // The task's page lists the requests about the task and about each of its reports.
        assertThat(json.readTree(api().get("/api/notifications/explanations?subject=" + task, leader).body()).findValuesAsString("id"))
                .containsExactly(request.get("id").asString());
    }

    @Test
    void onlyLeadersAndTheOfficeAskAndNoOtherWardSeesOrAnswers() throws Exception {
        String indicator = indicator();
        String body = json.writeValueAsString(java.util.Map.of("subjectKind", "INDICATOR", "subjectId", indicator, "question", "Vì sao?"));
        ApiClient.Response notAsker = api().post("/api/notifications/explanations", vhxh, body);
        assertThat(notAsker.status()).isEqualTo(403);
        assertThat(notAsker.body()).contains("Không có quyền yêu cầu giải trình");
        assertThat(api().post("/api/notifications/explanations", leader, body.replace("INDICATOR", "SOMETHING")).status()).isEqualTo(400);
        assertThat(api().post("/api/notifications/explanations", leader, body.replace(indicator, "an-duong:86-KH-UBND:none")).status())
                .isEqualTo(404);
        String id = json.readTree(api().post("/api/notifications/explanations", leader, body).body()).get("id").asString();

        String leChan = TestTokens.user("lechan.kinhte", "le-chan", "unit-officer").unit("van-hoa-xa-hoi").sign();
        assertThat(api().get("/api/notifications/explanations", leChan).body()).doesNotContain(id);
        assertThat(api().post("/api/notifications/explanations/" + id + "/answer", leChan, "{\"text\":\"x\"}").status()).isEqualTo(404);
        String leChanLeader = TestTokens.user("lechan.chutich", "le-chan", "ward-leader").sign();
        assertThat(api().post("/api/notifications/explanations/" + id + "/close", leChanLeader, "").status()).isEqualTo(404);
    }

    @Test
    void aCityViewerAsksAWardOfItsCityAndItsOfficeAnswers() throws Exception {
        mongo.save(new Deadline("deliverable:an-duong:86-KH-UBND:t1/2026", "an-duong", "hai-phong", Deadline.Kind.DELIVERABLE,
                "an-duong:86-KH-UBND:t1", "2026", "Thu ngân sách", "/tasks/an-duong:86-KH-UBND:t1", LocalDate.of(2026, 12, 16),
                "kinh-te-ha-tang-do-thi", List.of(), "Chủ tịch UBND phường", true, Instant.parse("2026-11-01T00:00:00Z")));
        String viewer = TestTokens.user("haiphong.viewer", null, "city-viewer").city("hai-phong").sign();
        assertThat(api().post("/api/notifications/explanations", viewer,
                "{\"ward\":\"an-duong\",\"subjectKind\":\"TASK\",\"subjectId\":\"an-duong:86-KH-UBND:t1\",\"question\":\"x\"}").status())
                .isEqualTo(403);
        ApiClient.Response asked = api().post("/api/notifications/explanations", viewer,
                "{\"ward\":\"an-duong\",\"subjectKind\":\"WARD\",\"question\":\"Vì sao giải ngân đầu tư công 6 tháng mới đạt 58,6 %?\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        JsonNode request = json.readTree(asked.body());
        assertThat(request.get("unit").asString()).isEqualTo("van-phong");
        assertThat(api().post("/api/notifications/explanations", viewer,
                "{\"ward\":\"unknown-ward\",\"subjectKind\":\"WARD\",\"question\":\"x\"}").status()).isEqualTo(404);

        String office = TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").unit("van-phong").sign();
        String id = request.get("id").asString();
        assertThat(json.readTree(api().post("/api/notifications/explanations/" + id + "/answer", office,
                "{\"text\":\"Hai dự án chờ giải phóng mặt bằng; dự kiến đạt 95 % vào quý IV.\"}").body()).get("status").asString())
                .isEqualTo("ANSWERED");
        assertThat(json.readTree(api().get("/api/notifications/explanations?ward=an-duong", viewer).body()).findValuesAsString("id"))
                .containsExactly(id);
        assertThat(json.readTree(api().post("/api/notifications/explanations/" + id + "/close?ward=an-duong", viewer, "").body())
                .get("status").asString()).isEqualTo("CLOSED");
    }
}
