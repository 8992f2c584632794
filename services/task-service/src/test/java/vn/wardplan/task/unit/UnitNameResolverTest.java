package vn.wardplan.task.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.task.planimport.ParsedPlan;
import vn.wardplan.task.planimport.PlanTextReader;
import vn.wardplan.task.unit.UnitNameResolver.RelatedUnits;
import vn.wardplan.task.unit.UnitNameResolver.Resolution;
import vn.wardplan.task.unit.UnitNameResolver.Resolved;
import vn.wardplan.task.unit.UnitNameResolver.Unresolved;

/** An Dương's unit catalogue (deploy/demo/units.json) against the names Kế hoạch 86 really uses. */
class UnitNameResolverTest {

    static UnitNameResolver anDuong;

    @BeforeAll
    static void catalogue() throws IOException {
        JsonNode units = JsonMapper.builder().build().readTree(Path.of("../../deploy/demo/units.json").toFile()).get("an-duong");
        List<UnitNameResolver.CatalogueUnit> catalogue = new ArrayList<>();
        for (JsonNode unit : units) {
            List<String> aliases = new ArrayList<>();
            unit.get("aliases").forEach(a -> aliases.add(a.asString()));
            catalogue.add(new UnitNameResolver.CatalogueUnit(unit.get("code").asString(), unit.get("name").asString(), aliases));
        }
        anDuong = new UnitNameResolver(catalogue);
    }

    static String code(String text) {
        return ((Resolved) anDuong.resolve(text)).code();
    }

    @Test
    void canonicalNamesAbbreviationsAndTheWordPhuong() {
        assertThat(code("Phòng Kinh tế, Hạ tầng và Đô thị")).isEqualTo("kinh-te-ha-tang-do-thi");
        assertThat(code("Văn phòng HĐND và UBND")).isEqualTo("van-phong");
        assertThat(code("Phòng VH- XH")).isEqualTo("van-hoa-xa-hoi");
        assertThat(code("BCH Quân sự phường")).isEqualTo("ban-chi-huy-quan-su");
        assertThat(code("Ban CHQS phường")).isEqualTo("ban-chi-huy-quan-su");
        assertThat(code("các TDP")).isEqualTo("to-dan-pho");
        assertThat(code("Trung tâm DV Sự nghiệp công")).isEqualTo("trung-tam-dich-vu-su-nghiep-cong");
    }

    @Test
    void aDifferentSpellingOrATypoIsResolvedAndSaysHow() {
        assertThat(anDuong.resolve("Phòng Kinh tế, Hạ tầng và Đô thị")).extracting(r -> ((Resolved) r).how()).isEqualTo("EXACT");
        assertThat(anDuong.resolve("BQL Dự án phường")).extracting(r -> ((Resolved) r).how()).isEqualTo("ALIAS");
        assertThat(anDuong.resolve("Phòng Văn hoá - Xã hôi")).isEqualTo(new Resolved("Phòng Văn hoá - Xã hôi", "van-hoa-xa-hoi", "SPELLING"));
        // Task 1 of Phụ lục II as printed: "UBND" where "HĐND" was meant.
        assertThat(anDuong.resolve("Văn phòng UBND và UBND")).isEqualTo(new Resolved("Văn phòng UBND và UBND", "van-phong", "TYPO"));
        assertThat(anDuong.resolve("Phòng Tài chính")).isInstanceOf(Unresolved.class);
    }

    @Test
    void genericPhrasesAreRelatedUnitsNeverAnInventedUnit() {
        for (String phrase : List.of("Các cơ quan, đơn vị liên quan", "Các đơn vị liên quan", "Các đơn vị", "các đơn vị",
                "Các cơ quan liên quan")) {
            assertThat(anDuong.resolve(phrase)).as(phrase).isInstanceOf(RelatedUnits.class);
        }
    }

    @Test
    void aCellListsSeveralUnitsAndKeepsACommaInsideAName() {
        assertThat(anDuong.resolveAll("Phòng Văn hóa - Xã hội; Các đơn vị")).containsExactly(
                new Resolved("Phòng Văn hóa - Xã hội", "van-hoa-xa-hoi", "EXACT"), new RelatedUnits("Các đơn vị"));
        assertThat(anDuong.resolveAll("Phòng Kinh tế, Hạ tầng và Đô thị")).containsExactly(
                new Resolved("Phòng Kinh tế, Hạ tầng và Đô thị", "kinh-te-ha-tang-do-thi", "EXACT"));
    }

    @Test
    void everyUnitOfThe44TasksResolvesExceptTheCitysTaxOffice() throws IOException {
        ParsedPlan plan = PlanTextReader.read(Files.readString(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt"),
                StandardCharsets.UTF_8));
        List<Resolution> all = new ArrayList<>();
        for (ParsedPlan.TaskRow task : plan.tasks()) {
            List<Resolution> lead = anDuong.resolveAll(task.leadUnit());
            assertThat(lead).as("lead of task %s", task.code()).singleElement().isInstanceOf(Resolved.class);
            all.addAll(anDuong.resolveAll(task.coordinatingUnits()));
        }

        assertThat(all.stream().filter(Unresolved.class::isInstance).map(Resolution::text).distinct()).containsExactly("Chi cục Thuế");
        assertThat(all.stream().filter(RelatedUnits.class::isInstance)).isNotEmpty();
    }
}
