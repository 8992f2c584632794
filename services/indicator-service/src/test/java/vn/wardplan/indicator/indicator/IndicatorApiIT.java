package vn.wardplan.indicator.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/** A ward lists its own indicators and none of another ward's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class IndicatorApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    static Indicator indicator(String ward, String name) {
        return new Indicator(ward + ":86-KH-UBND:1", ward, "hai-phong", "86/KH-UBND", "1",
                new Indicator.Definition(1, "1", null, "KINH TẾ", name, "%", "", "14 - 15", null, null, null, null,
                        "Chủ tịch UBND phường", "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị", 2026, 2030),
                null, java.util.List.of(), java.time.Instant.now(), java.time.Instant.now(), null, java.util.List.of());
    }

    @Test
    void aWardSeesOnlyItsOwnIndicators() {
        mongo.save(indicator("an-duong", "Tổng giá trị sản phẩm trên địa bàn"));
        mongo.save(indicator("le-chan", "Thu ngân sách của Lê Chân"));

        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        ApiClient.Response anDuong = api.get("/api/indicators", TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign());
        ApiClient.Response leChan = api.get("/api/indicators", TestTokens.user("lechan.kinhte", "le-chan", "unit-officer").sign());

        assertThat(anDuong.body()).contains("Tổng giá trị sản phẩm trên địa bàn").doesNotContain("Lê Chân");
        assertThat(leChan.body()).contains("Thu ngân sách của Lê Chân").doesNotContain("Tổng giá trị");
    }

    @Test
    void theDefinitionIsStoredFlatAsBeforeSoStoredIndicatorsStillRead() {
        mongo.save(indicator("hong-bang", "Tỷ lệ giải ngân vốn đầu tư công"));

        org.bson.Document stored = mongo.getCollection("indicators").find(new org.bson.Document("_id", "hong-bang:86-KH-UBND:1")).first();
        assertThat(stored).containsEntry("name", "Tỷ lệ giải ngân vốn đầu tư công").containsEntry("advisingUnitCode", "kinh-te-ha-tang-do-thi")
                .containsEntry("position", 1).doesNotContainKey("definition");
        // A document written before the Definition was a component of its own (with the retired reportingFrequency) reads.
        stored.put("_id", "hong-bang:86-KH-UBND:2");
        stored.put("reportingFrequency", "YEARLY");
        mongo.getCollection("indicators").insertOne(stored);
        Indicator older = mongo.findById("hong-bang:86-KH-UBND:2", Indicator.class);
        assertThat(older.definition().name()).isEqualTo("Tỷ lệ giải ngân vốn đầu tư công");
        assertThat(older.definition().startYear()).isEqualTo(2026);
    }
}
