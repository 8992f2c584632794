package vn.wardplan.ward.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.ward.directory.Ward.WardUnitSpec;
import vn.wardplan.ward.directory.WardType;

class StandardUnitsTest {

    final StandardUnits units = standardUnits();

    static StandardUnits standardUnits() {
        try {
            return new StandardUnits(JsonMapper.builder().build());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCommuneGetsTheCatalogueNamedForACommune() {
        List<WardUnitSpec> commune = units.forType(WardType.XA);
        assertThat(commune).extracting(WardUnitSpec::name).contains("Công an xã", "Văn phòng HĐND và UBND xã", "Trạm Y tế xã",
                "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Ban Chỉ huy quân sự xã");
        assertThat(commune).flatExtracting(WardUnitSpec::aliases).contains("BCH Quân sự xã").doesNotContain("BCH Quân sự phường");
        assertThat(units.forType(WardType.PHUONG)).extracting(WardUnitSpec::code).contains("van-phong", "lanh-dao",
                "van-hoa-xa-hoi", "kinh-te-ha-tang-do-thi", "cong-an", "ban-chi-huy-quan-su", "tram-y-te", "to-dan-pho");
    }

    @Test
    void aRenamedUnitKeepsItsStandardNamesAsAliasesAndANewUnitIsAdded() {
        List<WardUnitSpec> ward = units.forWard(WardType.PHUONG, List.of(
                new WardUnitSpec("ban-chi-huy-quan-su", "Ban CHQS phường Hồng Bàng", List.of()),
                new WardUnitSpec("hop-tac-xa", "Hợp tác xã Thượng Lý", List.of("HTX Thượng Lý"))));

        WardUnitSpec renamed = ward.stream().filter(u -> u.code().equals("ban-chi-huy-quan-su")).findFirst().orElseThrow();
        assertThat(renamed.name()).isEqualTo("Ban CHQS phường Hồng Bàng");
        assertThat(renamed.aliases()).contains("Ban Chỉ huy quân sự phường", "BCH Quân sự phường", "CHQS");
        assertThat(ward).extracting(WardUnitSpec::code).endsWith("hop-tac-xa").doesNotHaveDuplicates();
        assertThat(ward).hasSize(units.forType(WardType.PHUONG).size() + 1);
    }
}
