package vn.wardplan.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.indicator.indicator.Indicator;
import vn.wardplan.indicator.target.Baseline;
import vn.wardplan.indicator.target.TargetSpec;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.platform.web.tenancy.WardOwned;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * An approval and where it puts the indicator are one write: the database fails exactly between the two steps the
 * approval used to take (the value stored, then the last published assessment), and the dashboard's status still
 * arrives, because its event went with the approval.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ApprovalWithItsAssessmentIT {

    static final JsonMapper json = JsonMapper.builder().build();
    static final String ASSESSMENT_CHANGED = "vn.wardplan.indicator.assessment-changed.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @MockitoSpyBean
    WardScopedMongo wardMongo;

    @Test
    void theAssessmentOfAnApprovalIsPublishedEvenWhenTheSecondWriteFails() throws Exception {
        String ward = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String grdp = ward + ":86-KH-UBND:1";
        mongo.save(new Indicator(grdp, ward, "hai-phong", "86/KH-UBND", "1",
                new Indicator.Definition(1, "1", null, "NHÓM CHỈ TIÊU VỀ KINH TẾ", "Tổng giá trị sản phẩm trên địa bàn", "%",
                        "", "14 - 15", new TargetSpec("GROWTH_RANGE", new BigDecimal("14"), new BigDecimal("15"), null, null,
                        null, "14 - 15"), null, null, null, "Phó Chủ tịch UBND phường phụ trách kinh tế",
                        "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị", 2026, 2030),
                new Baseline(2025, new BigDecimal("100")), List.of(), Instant.now(), Instant.now(), null, List.of()));
        String kinhTe = TestTokens.user("anduong.kinhte", ward, "unit-officer").unit("kinh-te-ha-tang-do-thi").sign();
        String vanPhong = TestTokens.user("anduong.vanphong", ward, "ward-admin").unit("van-phong").sign();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String values = "/api/indicators/" + grdp + "/values/2026";
        assertThat(api.put(values, kinhTe, "{\"value\":112}").status()).isEqualTo(200);
        assertThat(api.post(values + "/submit", kinhTe, "").status()).isEqualTo(200);

        // The crash point: every write of the last published assessment fails from here on.
        doThrow(new DataAccessResourceFailureException("the database went away after the approval was stored"))
                .when(wardMongo).save(any(), argThat((WardOwned document) -> document instanceof AssessmentRecord));

        ApiClient.Response approved = api.post(values + "/approve", vanPhong, "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).get("status").asString()).isEqualTo("APPROVED");
        assertThat(mongo.findById(AssessmentRecord.idOf(grdp, 2026), AssessmentRecord.class)).as("the second write failed").isNull();

        var published = KafkaProbe.read("wardplan.indicators", Duration.ofSeconds(20), seen -> seen.stream()
                .anyMatch(r -> grdp.equals(r.key()) && ASSESSMENT_CHANGED.equals(KafkaProbe.header(r, "ce_type"))));
        assertThat(KafkaProbe.distinct(published)).filteredOn(r -> grdp.equals(r.key()))
                .extracting(r -> KafkaProbe.header(r, "ce_type"))
                .contains("vn.wardplan.indicator.value-approved.v1", ASSESSMENT_CHANGED);
        assertThat(KafkaProbe.distinct(published)).filteredOn(r -> grdp.equals(r.key()) && ASSESSMENT_CHANGED.equals(KafkaProbe.header(r, "ce_type")))
                .extracting(r -> json.readTree(r.value()).get("status").asString()).containsExactly("AT_RISK");
    }
}
