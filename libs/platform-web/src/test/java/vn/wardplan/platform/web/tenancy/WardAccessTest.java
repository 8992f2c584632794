package vn.wardplan.platform.web.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.wardplan.platform.security.WardplanRole;
import vn.wardplan.platform.web.problem.WardplanProblem;

class WardAccessTest {

    static final Caller AN_DUONG_OFFICER = new Caller("anduong.kinhte", "Trần Văn Minh", "an-duong", "hai-phong",
            "kinh-te-ha-tang-do-thi", Set.of(WardplanRole.UNIT_OFFICER));
    static final Caller CITY_VIEWER = new Caller("haiphong.viewer", "Lãnh đạo", null, "hai-phong", null,
            Set.of(WardplanRole.CITY_VIEWER));
    static final Caller PLATFORM_ADMIN = new Caller("platform.admin", "Quản trị", null, null, null,
            Set.of(WardplanRole.PLATFORM_ADMIN));

    @Test
    void anOfficialWorksInTheirOwnWard() {
        assertThat(WardAccess.ownWard(AN_DUONG_OFFICER)).isEqualTo(new WardScope("an-duong", "hai-phong"));
        assertThat(WardAccess.readable(AN_DUONG_OFFICER, "an-duong").ward()).isEqualTo("an-duong");
    }

    @Test
    void anOfficialIsRefusedAnotherWard() {
        assertThatThrownBy(() -> WardAccess.readable(AN_DUONG_OFFICER, "le-chan"))
                .isInstanceOfSatisfying(WardplanProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void aCityViewerReadsAWardOnlyInsideTheirCity() {
        WardScope scope = WardAccess.readable(CITY_VIEWER, "le-chan");

        assertThat(scope).isEqualTo(new WardScope("le-chan", "hai-phong"));
        assertThat(scope.contains("le-chan", "hai-phong")).isTrue();
        assertThat(scope.contains("le-chan", "ha-noi")).isFalse();
    }

    @Test
    void accountsWithoutAWardHaveNoOwnWardAndThePlatformAdminReadsNoWardData() {
        assertThatThrownBy(() -> WardAccess.ownWard(CITY_VIEWER)).isInstanceOf(WardplanProblem.class);
        assertThatThrownBy(() -> WardAccess.readable(PLATFORM_ADMIN, "an-duong")).isInstanceOf(WardplanProblem.class);
    }

    @Test
    void aScopeAlwaysFiltersByWard() {
        assertThat(new WardScope("an-duong", null).criteria().getCriteriaObject()).containsEntry("ward", "an-duong")
                .doesNotContainKey("city");
        assertThat(new WardScope("an-duong", "hai-phong").criteria().getCriteriaObject()).containsEntry("city", "hai-phong");
        assertThatThrownBy(() -> new WardScope(" ", "hai-phong")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCityIsComparedOnlyByItsOwnViewers() {
        assertThat(WardAccess.viewedCity(CITY_VIEWER, "hai-phong")).isEqualTo("hai-phong");
        assertThatThrownBy(() -> WardAccess.viewedCity(CITY_VIEWER, "ha-noi"))
                .isInstanceOfSatisfying(WardplanProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() -> WardAccess.viewedCity(AN_DUONG_OFFICER, "hai-phong")).isInstanceOf(WardplanProblem.class);
    }

    @Test
    void aWardIsAdministeredByItsOwnOfficeOrAPlatformAdminOfItsCity() {
        Caller office = new Caller("anduong.vanphong", "Văn phòng", "an-duong", "hai-phong", "van-phong", Set.of(WardplanRole.WARD_ADMIN));
        Caller cityAdmin = new Caller("platform.admin", "Quản trị", null, "hai-phong", null, Set.of(WardplanRole.PLATFORM_ADMIN));
        assertThat(WardAccess.administered(office, "an-duong")).isEqualTo(new WardScope("an-duong", "hai-phong"));
        assertThat(WardAccess.administered(cityAdmin, "le-chan")).isEqualTo(new WardScope("le-chan", "hai-phong"));
        assertThatThrownBy(() -> WardAccess.administered(office, "le-chan")).isInstanceOf(WardplanProblem.class);
        assertThatThrownBy(() -> WardAccess.administered(AN_DUONG_OFFICER, "an-duong")).isInstanceOf(WardplanProblem.class);
    }
}
