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

    @Test
    void aWardSeesOnlyItsOwnIndicators() {
        mongo.save(new Indicator("an-duong:1", "an-duong", "hai-phong", "1", "kinh-te", "Tổng giá trị sản phẩm trên địa bàn", "%"));
        mongo.save(new Indicator("le-chan:1", "le-chan", "hai-phong", "1", "kinh-te", "Thu ngân sách của Lê Chân", "%"));

        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        ApiClient.Response anDuong = api.get("/api/indicators", TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign());
        ApiClient.Response leChan = api.get("/api/indicators", TestTokens.user("lechan.kinhte", "le-chan", "unit-officer").sign());

        assertThat(anDuong.body()).contains("Tổng giá trị sản phẩm trên địa bàn").doesNotContain("Lê Chân");
        assertThat(leChan.body()).contains("Thu ngân sách của Lê Chân").doesNotContain("Tổng giá trị");
    }
}
