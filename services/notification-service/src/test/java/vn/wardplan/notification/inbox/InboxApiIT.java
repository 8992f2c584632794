package vn.wardplan.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/** The inbox shows an official their own messages only: not a colleague's, not another ward's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class InboxApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anOfficialSeesOnlyTheirOwnMessagesWithTheUnreadCount() {
        Instant now = Instant.now();
        mongo.save(new InboxMessage("m1", "an-duong", "hai-phong", "anduong.kinhte", "Sắp đến hạn báo cáo GRDP", "", "/tasks/2", false, now, null));
        mongo.save(new InboxMessage("m2", "an-duong", "hai-phong", "anduong.kinhte", "Đã duyệt số liệu", "", "/indicators/1", false, now.minusSeconds(60), now));
        mongo.save(new InboxMessage("m3", "an-duong", "hai-phong", "anduong.vhxh", "Tin của người khác", "", "/tasks/9", false, now, null));
        mongo.save(new InboxMessage("m4", "le-chan", "hai-phong", "anduong.kinhte", "Tin của phường khác", "", "/tasks/7", false, now, null));

        ApiClient.Response inbox = new ApiClient("http://127.0.0.1:" + port).get("/api/notifications/inbox",
                TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign());

        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("\"unread\":1", "Sắp đến hạn báo cáo GRDP", "Đã duyệt số liệu")
                .doesNotContain("Tin của người khác", "Tin của phường khác");

        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String kinhte = TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign();
        assertThat(api.post("/api/notifications/inbox/m3/read", kinhte, "").status())
                .as("another official's message").isEqualTo(404);
        assertThat(api.post("/api/notifications/inbox/m1/read", kinhte, "").body()).contains("\"unread\":0");
        assertThat(api.get("/api/notifications/inbox/unread-count", kinhte).body()).contains("\"unread\":0");
        assertThat(mongo.findById("m3", InboxMessage.class).readAt()).isNull();
    }

    @Test
    void aCityAccountHasNoInbox() {
        ApiClient.Response inbox = new ApiClient("http://127.0.0.1:" + port).get("/api/notifications/inbox",
                TestTokens.user("haiphong.viewer", null, "city-viewer").city("hai-phong").sign());

        assertThat(inbox.status()).isEqualTo(403);
        assertThat(inbox.contentType()).startsWith("application/problem+json");
    }
}
