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

    /** ward-service's standard catalogue for a commune, as a freshly onboarded xã has it. */
    static UnitNameResolver standardCommune() throws IOException {
        String units = Files.readString(Path.of("../ward-service/src/main/resources/directory/standard-units.json"),
                StandardCharsets.UTF_8).replace("{kind}", "xã");
        List<UnitNameResolver.CatalogueUnit> catalogue = new ArrayList<>();
        for (JsonNode unit : JsonMapper.builder().build().readTree(units)) {
            List<String> aliases = new ArrayList<>();
            unit.get("aliases").forEach(a -> aliases.add(a.asString()));
            catalogue.add(new UnitNameResolver.CatalogueUnit(unit.get("code").asString(), unit.get("name").asString(), aliases));
        }
        return new UnitNameResolver(catalogue);
    }

    @Test
    void theUsualSpellingsOfEveryStandardUnitResolveByMeaningInAnyWard() throws IOException {
        UnitNameResolver commune = standardCommune();
        java.util.Map<String, String> spellings = java.util.Map.ofEntries(
                java.util.Map.entry("P. KT, HT&ĐT", "kinh-te-ha-tang-do-thi"), java.util.Map.entry("Phòng KT - HT - ĐT", "kinh-te-ha-tang-do-thi"),
                java.util.Map.entry("phòng kinh tế hạ tầng & đô thị", "kinh-te-ha-tang-do-thi"), java.util.Map.entry("Phòng Kinh tế", "kinh-te-ha-tang-do-thi"),
                java.util.Map.entry("Phòng VHXH", "van-hoa-xa-hoi"), java.util.Map.entry("P.VH-XH", "van-hoa-xa-hoi"),
                java.util.Map.entry("Phòng VH - XH", "van-hoa-xa-hoi"), java.util.Map.entry("Phòng Văn hoá và Xã hội", "van-hoa-xa-hoi"),
                java.util.Map.entry("BCH QS xã", "ban-chi-huy-quan-su"), java.util.Map.entry("BCHQS", "ban-chi-huy-quan-su"),
                java.util.Map.entry("Ban Chỉ huy Quân sự", "ban-chi-huy-quan-su"), java.util.Map.entry("BQL DA ĐTXD", "ban-quan-ly-du-an"),
                java.util.Map.entry("Ban QLDA xã", "ban-quan-ly-du-an"), java.util.Map.entry("Ban Quản lý dự án", "ban-quan-ly-du-an"),
                java.util.Map.entry("TT DV SNC", "trung-tam-dich-vu-su-nghiep-cong"), java.util.Map.entry("TT DVSNC xã", "trung-tam-dich-vu-su-nghiep-cong"),
                java.util.Map.entry("Trung tâm PVHCC", "trung-tam-phuc-vu-hanh-chinh-cong"), java.util.Map.entry("TT Phục vụ HCC", "trung-tam-phuc-vu-hanh-chinh-cong"),
                java.util.Map.entry("VP HĐND-UBND xã", "van-phong"), java.util.Map.entry("Văn phòng HĐND & UBND", "van-phong"),
                java.util.Map.entry("CA xã", "cong-an"), java.util.Map.entry("Công an", "cong-an"), java.util.Map.entry("Trạm YT", "tram-y-te"),
                java.util.Map.entry("các TDP", "to-dan-pho"), java.util.Map.entry("Các thôn", "to-dan-pho"), java.util.Map.entry("Các trường", "truong-hoc"),
                java.util.Map.entry("UBMTTQ xã", "mat-tran-to-quoc"), java.util.Map.entry("Ủy ban MTTQ Việt Nam xã", "mat-tran-to-quoc"));
        spellings.forEach((text, code) -> assertThat(commune.resolve(text)).as(text).isInstanceOf(Resolved.class)
                .extracting(r -> ((Resolved) r).code()).isEqualTo(code));
    }

    @Test
    void aNameThatFitsSeveralUnitsOrNoneIsLeftForThePersonWithTheCandidates() throws IOException {
        UnitNameResolver commune = standardCommune();

        assertThat(commune.resolve("Trung tâm")).isInstanceOf(Unresolved.class);
        assertThat(commune.resolve("Phòng")).isInstanceOf(Unresolved.class);
        assertThat(commune.resolve("Phòng Tư pháp - Hộ tịch")).isInstanceOf(Unresolved.class);
        assertThat(commune.resolve("Trung tâm dịch vụ")).isEqualTo(new Resolved("Trung tâm dịch vụ",
                "trung-tam-dich-vu-su-nghiep-cong", "SHORT_FORM"));
        assertThat(((Unresolved) commune.resolve("Trung tâm công")).candidates()).containsExactlyInAnyOrder(
                "trung-tam-phuc-vu-hanh-chinh-cong", "trung-tam-dich-vu-su-nghiep-cong");
        for (String phrase : List.of("Các phòng, ban liên quan", "Các ngành liên quan", "các tổ chức chính trị - xã hội")) {
            assertThat(commune.resolve(phrase)).as(phrase).isInstanceOf(RelatedUnits.class);
        }
        assertThat(commune.resolveAll("Phòng VH-XH và Trạm Y tế xã")).extracting(Resolution::text)
                .containsExactly("Phòng VH-XH", "Trạm Y tế xã");
    }
}
