package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Plans written in other offices' styles (src/test/resources/plans, written before the reader and kept as written):
 * appendix headings "PHỤ LỤC 01", "Phụ lục số 1", "PHỤ LỤC I - …"; the number and date from "Số: …", "Ban hành kèm
 * theo Kế hoạch số … ngày 08/4/2026"; group rows "A", "I" in a cell of their own, "A. …" across the table, "I.";
 * columns in other orders, two-line headers with merged cells; periods "Hằng năm", "2028; 2030".
 */
class OtherOfficeStylesTest {

    static final Path PLANS = Path.of("src/test/resources/plans");

    static ParsedPlan read(String file) throws IOException {
        byte[] content = Files.readAllBytes(PLANS.resolve(file));
        String text = file.endsWith(".docx") ? OfficeDocuments.docxToText(content)
                : file.endsWith(".xlsx") ? OfficeDocuments.xlsxToText(content) : new String(content, StandardCharsets.UTF_8);
        return PlanTextReader.read(text);
    }

    @Test
    void aCommunesTextPlanWithItsOwnNumberLineAndColumnsInAnotherOrder() throws IOException {
        ParsedPlan plan = read("xa-tan-tien-57-KH-UBND.txt");

        assertThat(plan.header()).isEqualTo(new ParsedPlan.Header("57/KH-UBND", LocalDate.of(2026, 4, 8),
                "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Tiến về phát triển kinh tế - xã hội 5 năm 2026-2030",
                2026, 2030, "Nguyễn Văn Hải"));
        assertThat(plan.indicators()).hasSize(13);
        assertThat(plan.tasks()).hasSize(12);
        assertThat(plan.warnings()).isEmpty();
        ParsedPlan.IndicatorRow poverty = plan.indicators().get(3);
        // Advising unit before the leader, the 2030 value before the yearly rule: each cell in its own field.
        assertThat(poverty).isEqualTo(new ParsedPlan.IndicatorRow(4, poverty.line(), "4", null, "CHỈ TIÊU XÃ HỘI",
                "Tỷ lệ hộ nghèo", "%", "0", "Giảm hàng năm", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội", "Phòng VHXH", ""));
        ParsedPlan.IndicatorRow piped = plan.indicators().get(7);
        assertThat(piped.code()).isEqualTo("7.1");
        assertThat(piped.parentPosition()).isEqualTo(7);
        assertThat(piped.name()).isEqualTo("nước sạch tập trung");
        assertThat(piped.advisingUnit()).isEqualTo("P. KT, HT&ĐT");
        assertThat(plan.indicators()).extracting(ParsedPlan.IndicatorRow::group).containsOnly("CHỈ TIÊU KINH TẾ",
                "CHỈ TIÊU XÃ HỘI", "CHỈ TIÊU QUỐC PHÒNG - AN NINH");
        // Lead unit before coordinating units before the period.
        assertThat(plan.tasks().get(5)).isEqualTo(new ParsedPlan.TaskRow(6, plan.tasks().get(5).line(), "6",
                "Lĩnh vực văn hóa - xã hội", "Tổ chức Đại hội thể dục thể thao xã", "2028; 2030", "Phòng VH - XH", "TT DV SNC",
                "Đại hội được tổ chức", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội"));
    }

    @Test
    void aWardsWordPlanWithMergedTwoLineHeadersAndGroupRowsOfTheirOwn() throws IOException {
        ParsedPlan plan = read("phuong-hoa-binh-112-KH-UBND.docx");

        assertThat(plan.header()).isEqualTo(new ParsedPlan.Header("112/KH-UBND", LocalDate.of(2026, 1, 20),
                "Phát triển kinh tế - xã hội phường Hòa Bình giai đoạn 2026 - 2030", 2026, 2030, "Trần Thị Mai"));
        assertThat(plan.indicators()).hasSize(7);
        assertThat(plan.tasks()).hasSize(6);
        assertThat(plan.warnings()).isEmpty();
        ParsedPlan.IndicatorRow investment = plan.indicators().get(1);
        assertThat(investment).isEqualTo(new ParsedPlan.IndicatorRow(2, investment.line(), "2", null, "Nhóm chỉ tiêu kinh tế",
                "Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao", "%", "100", "Tối thiểu 95", "Chủ tịch UBND phường",
                "BQL dự án ĐTXD phường", ""));
        // The output column comes before the period, "Phân công" spans lead and coordinating units.
        ParsedPlan.TaskRow health = plan.tasks().get(2);
        assertThat(health).isEqualTo(new ParsedPlan.TaskRow(3, health.line(), "3", "LĨNH VỰC XÃ HỘI",
                "Phát triển bảo hiểm y tế hộ gia đình", "Hằng năm", "P.VH-XH", "Trạm Y tế phường; các TDP", "Báo cáo định kỳ",
                "Phó Chủ tịch UBND phường"));
        assertThat(plan.tasks()).extracting(ParsedPlan.TaskRow::field).containsOnly("LĨNH VỰC KINH TẾ", "LĨNH VỰC XÃ HỘI",
                "LĨNH VỰC QUỐC PHÒNG - AN NINH");
    }

    @Test
    void aCommunesWorkbookWithHeadingAndTitleOnOneLineAndNumbersAsNumbers() throws IOException {
        ParsedPlan plan = read("xa-quang-minh-09-KH-UBND.xlsx");

        assertThat(plan.header().number()).isEqualTo("09/KH-UBND");
        assertThat(plan.header().issuedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(plan.header().startYear()).isEqualTo(2026);
        assertThat(plan.indicators()).hasSize(7);
        assertThat(plan.tasks()).hasSize(5);
        ParsedPlan.IndicatorRow villages = plan.indicators().get(4);
        assertThat(villages.code()).isNull();
        assertThat(villages.parentPosition()).isEqualTo(4);
        assertThat(villages.yearlyText()).isEqualTo("80,5");
        assertThat(villages.advisingUnit()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(plan.indicators().get(1).byEndText()).isEqualTo("250");
        assertThat(plan.indicators().get(6).byEndText()).isEqualTo("Đạt");
        assertThat(plan.tasks().get(3).leadUnit()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(plan.tasks().get(3).coordinatingUnits()).isEqualTo("UBMTTQ xã");
        assertThat(plan.tasks().get(3).period()).isEqualTo("Hằng năm");
    }

    @Test
    void whatCannotBeReadIsNamedWithItsLine() {
        String plan = String.join("\n", "Số: 3/KH-UBND", "KẾ HOẠCH", "Phát triển kinh tế - xã hội giai đoạn 2026 - 2030", "",
                "Phụ lục I", "STT\tTên chỉ tiêu\tĐVT\tMục tiêu đến năm 2030\tMàu sắc", "1\tTỷ lệ hộ nghèo\t%\t0\txanh",
                "\t\t%\t5\t", "một dòng lạc", "Phụ lục II", "STT\tNhiệm vụ\tCơ quan chủ trì", "\tRà soát hộ nghèo\t");

        ParsedPlan read = PlanTextReader.read(plan);

        assertThat(read.indicators()).hasSize(1);
        assertThat(read.tasks()).hasSize(1);
        assertThat(read.warnings()).extracting(ImportWarning::code, ImportWarning::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("COLUMN_NOT_READ", 6), org.assertj.core.groups.Tuple.tuple("ROW_WITHOUT_NAME", 8),
                org.assertj.core.groups.Tuple.tuple("LINE_NOT_READ", 9), org.assertj.core.groups.Tuple.tuple("TASK_WITHOUT_NUMBER", 12),
                org.assertj.core.groups.Tuple.tuple("TASK_WITHOUT_LEAD_UNIT", 12));
        assertThat(read.warnings().getFirst().message()).contains("Màu sắc");
    }

    @Test
    void aDocumentWithHeadingsButNoTableSaysWhatItFoundAndWhatItExpected() {
        assertThatThrownBy(() -> PlanTextReader.read("KẾ HOẠCH\ngiai đoạn 2026 - 2030\nPHỤ LỤC 01\nDanh mục chỉ tiêu\nPHỤ LỤC 02\n"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("dòng 3: \"PHỤ LỤC 01\"").hasMessageContaining("cột \"STT\"");
    }
}
