package vn.wardplan.notification;

import java.util.List;
import java.util.Map;

import vn.wardplan.notification.recipient.Official;
import vn.wardplan.notification.recipient.Officials;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The demo realm's officials as a directory, for integration tests that run without Keycloak; the Keycloak
 * adapter itself is exercised against the real Keycloak by the end-to-end test.
 */
public final class TestDirectory implements Officials {

    private static final Map<String, List<Official>> UNITS = Map.of(
            "an-duong:kinh-te-ha-tang-do-thi", List.of(new Official("anduong.kinhte", "Trần Văn Kinh", "anduong.kinhte@wardplan.test", "vi")),
            "an-duong:van-hoa-xa-hoi", List.of(new Official("anduong.vhxh", "Lê Thị Hạnh", "anduong.vhxh@wardplan.test", "en")),
            "an-duong:lanh-dao", List.of(new Official("anduong.chutich", "Bùi Tiến Phong", "anduong.chutich@wardplan.test", "vi")),
            "le-chan:kinh-te-ha-tang-do-thi", List.of(new Official("lechan.kinhte", "Phạm Minh", "lechan.kinhte@wardplan.test", "vi")),
            "do-son:kinh-te-ha-tang-do-thi", List.of(new Official("doson.kinhte", "Vũ Thị Lan", "doson.kinhte@wardplan.test", "vi")),
            "ngo-quyen:kinh-te-ha-tang-do-thi", List.of(new Official("ngoquyen.kinhte", "Đỗ Văn Nam", "ngoquyen.kinhte@wardplan.test", "vi")),
            "ngo-quyen:van-phong", List.of(new Official("ngoquyen.vanphong", "Ngô Thị Thu", "ngoquyen.vanphong@wardplan.test", "vi")));

    @Override
    public List<Official> ofUnit(WardScope ward, String unitCode) {
        return UNITS.getOrDefault(ward.ward() + ":" + unitCode, List.of());
    }

    @Override
    public List<Official> directingLeaders(WardScope ward, String directingLeader) {
        return ofUnit(ward, "lanh-dao");
    }
}
