package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kế hoạch 86/KH-UBND of An Dương, as issued, read row by row. */
class PlanTextReaderTest {

    static final Path SEED = Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt");
    static ParsedPlan plan;

    @BeforeAll
    static void read() throws IOException {
        plan = PlanTextReader.read(Files.readString(SEED, StandardCharsets.UTF_8));
    }

    @Test
    void theHeaderIsTakenFromTheTitleTheAppendicesAndTheSignature() {
        assertThat(plan.header()).isEqualTo(new ParsedPlan.Header("86/KH-UBND", LocalDate.of(2026, 3, 15),
                "Phát triển kinh tế - xã hội, quốc phòng - an ninh phường An Dương giai đoạn 2026 - 2030", 2026, 2030,
                "Bùi Tiến Phong"));
    }

    @Test
    void everyIndicatorRowIsKeptIncludingTheRepeatedNumberAndTheSubRows() {
        assertThat(plan.indicators()).hasSize(19);
        assertThat(plan.indicators().stream().filter(r -> r.code() != null)).hasSize(15);
        assertThat(plan.indicators().stream().filter(r -> "13".equals(r.code())).map(ParsedPlan.IndicatorRow::name))
                .containsExactly("Tỷ lệ dân số được sử dụng nước sạch", "Hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ");
        assertThat(plan.indicators().stream().map(ParsedPlan.IndicatorRow::group).distinct()).containsExactly(
                "NHÓM CHỈ TIÊU VỀ KINH TẾ", "NHÓM CHỈ TIÊU XÃ HỘI", "NHÓM CHỈ TIÊU MÔI TRƯỜNG", "NHÓM CHỈ TIÊU QUỐC PHÒNG - AN NINH");
    }

    @Test
    void aRowReadsAllItsColumns() {
        ParsedPlan.IndicatorRow grdp = plan.indicators().getFirst();

        assertThat(grdp).isEqualTo(new ParsedPlan.IndicatorRow(1, grdp.line(), "1", null, "NHÓM CHỈ TIÊU VỀ KINH TẾ",
                "Tổng giá trị sản phẩm trên địa bàn", "%", "", "14 - 15", "Phó Chủ tịch UBND phường phụ trách kinh tế",
                "Phòng Kinh tế, Hạ tầng và Đô thị", ""));
    }

    @Test
    void subRowsHangUnderTheirParentAndInheritLeaderAndAdvisingUnit() {
        ParsedPlan.IndicatorRow crimes = plan.indicators().stream().filter(r -> "14".equals(r.code())).findFirst().orElseThrow();
        List<ParsedPlan.IndicatorRow> children = plan.indicators().stream()
                .filter(r -> Integer.valueOf(crimes.position()).equals(r.parentPosition())).toList();

        assertThat(children).extracting(ParsedPlan.IndicatorRow::name).containsExactly(
                "Án rất nghiêm trọng, đặc biệt nghiêm trọng được khám phá", "Tiếp nhận, giải quyết tin báo tội phạm");
        assertThat(children).allSatisfy(child -> {
            assertThat(child.code()).isNull();
            assertThat(child.advisingUnit()).isEqualTo("Công an phường");
            assertThat(child.directingLeader()).isEqualTo(crimes.directingLeader());
        });
        assertThat(children.getFirst().yearlyText()).isEqualTo("95% trở lên");
    }

    @Test
    void all44TasksAreReadInTheirSixFields() {
        assertThat(plan.tasks()).hasSize(44);
        assertThat(plan.tasks()).extracting(ParsedPlan.TaskRow::code)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 44).mapToObj(String::valueOf).toList());
        assertThat(plan.tasks().stream().map(ParsedPlan.TaskRow::field).distinct()).hasSize(6);
        assertThat(plan.tasks().get(4)).isEqualTo(new ParsedPlan.TaskRow(5, plan.tasks().get(4).line(), "5",
                "LĨNH VỰC KINH TẾ, NGÂN SÁCH VÀ ĐẦU TƯ CÔNG", "Triển khai kế hoạch đầu tư công trung hạn và hàng năm",
                "2026 - 2030", "BQL Dự án phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Báo cáo tiến độ giải ngân đầu tư công",
                "Chủ tịch UBND phường"));
    }

    @Test
    void theDocumentsFlawsAreReportedNotHidden() {
        assertThat(plan.warnings()).extracting(ImportWarning::code)
                .containsExactlyInAnyOrder("NUMBER_REPEATED", "NUMBER_SKIPPED", "APPENDIX_DATES_DIFFER", "TARGET_BODY_DIFFERS");
        assertThat(plan.warnings()).extracting(ImportWarning::message).anySatisfy(m -> assertThat(m).contains("số thứ tự 13 lặp lại"))
                .anySatisfy(m -> assertThat(m).contains("không có số thứ tự 12"))
                .anySatisfy(m -> assertThat(m).contains("15/3/2026", "25/3/2026"))
                // Section II.1.2 says 75 % of public schools at level 2; Phụ lục I says 76.
                .anySatisfy(m -> assertThat(m).contains("mức độ 2", "phần nội dung ghi 75%", "Phụ lục I ghi \"76\""));
    }

    @Test
    void aTextWithoutAppendicesIsRefusedInWords() {
        assertThatThrownBy(() -> PlanTextReader.read("KẾ HOẠCH\nkhông có phụ lục"))
                .isInstanceOf(PlanFormatException.class).hasMessageContaining("Phụ lục I");
    }
}
