package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Targets typed from Phụ lục I's words: every wording of Kế hoạch 86/KH-UBND (An Dương), column by column as the
 * appendix has it, and the other wordings offices use (the plans in src/test/resources/plans among them).
 */
class TargetReaderTest {

    static PlanTarget read(String byEnd, String yearly, String name) {
        return TargetReader.read(byEnd, yearly, name, 2030).target();
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aRangeIsAYearlyGrowthBand() {
        assertThat(read("", "14 - 15", "Tổng giá trị sản phẩm trên địa bàn")).isEqualTo(PlanTarget.growth(n("14"), n("15"), "14 - 15"));
        assertThat(read("", "10 - 12", "Thu nhập bình quân đầu người").kind()).isEqualTo("GROWTH_RANGE");
        assertThat(read("", "8 - 9%/năm", "Tốc độ tăng giá trị sản xuất")).isEqualTo(PlanTarget.growth(n("8"), n("9"), "8 - 9%/năm"));
    }

    @Test
    void aSingleRateForAGrowthIndicatorOrWithTheWordTangIsAGrowthRate() {
        assertThat(read("", "10", "Thu ngân sách nhà nước trên địa bàn")).isEqualTo(PlanTarget.growth(BigDecimal.TEN, BigDecimal.TEN, "10"));
        assertThat(read("", "tăng 7", "Thu ngân sách nhà nước trên địa bàn xã")).isEqualTo(PlanTarget.growth(n("7"), n("7"), "tăng 7"));
        assertThat(read("", "Tăng bình quân 10%/năm", "Số doanh nghiệp").kind()).isEqualTo("GROWTH_RANGE");
    }

    @Test
    void floorsInEveryUsualWordingInclusiveUnlessTheTextSaysAbove() {
        assertThat(read("Tối thiểu 99,5", "Tối thiểu 99,5", "Tỷ lệ giải ngân vốn đầu tư công phường"))
                .isEqualTo(PlanTarget.floor(n("99.5"), false, "Tối thiểu 99,5"));
        assertThat(read("", "Trên 97,5", "Tỷ lệ người dân tham gia bảo hiểm y tế")).isEqualTo(PlanTarget.floor(n("97.5"), true, "Trên 97,5"));
        assertThat(read("75% trở lên", "75% trở lên", "Tỷ lệ điều tra, khám phá án chung"))
                .isEqualTo(PlanTarget.floor(n("75"), false, "75% trở lên"));
        assertThat(read("100", "100", "Tỷ lệ thu gom chất thải rắn sinh hoạt")).isEqualTo(PlanTarget.floor(n("100"), false, "100"));
        for (String wording : List.of("Không dưới 98", "Không thấp hơn 98", "Ít nhất 98", "Từ 98% trở lên", "98% trở lên", "Đạt 98%",
                "Duy trì 98%", "Không ít hơn 98")) {
            assertThat(read("", wording, "Tỷ lệ hồ sơ")).as(wording).isEqualTo(PlanTarget.floor(n("98"), false, wording));
        }
        assertThat(read("", "Hơn 90", "Tỷ lệ gia đình văn hóa")).isEqualTo(PlanTarget.floor(n("90"), true, "Hơn 90"));
    }

    @Test
    void ceilingsBelowOrAtMost() {
        assertThat(read("Dưới 1", "", "Tỷ lệ hộ cận nghèo")).isEqualTo(PlanTarget.ceiling(BigDecimal.ONE, true, "Dưới 1"));
        assertThat(read("", "Giảm còn dưới 10%", "Tỷ lệ trẻ suy dinh dưỡng")).isEqualTo(PlanTarget.ceiling(BigDecimal.TEN, true,
                "Giảm còn dưới 10%"));
        for (String wording : List.of("Không quá 5", "Tối đa 5", "5% trở xuống", "Không vượt quá 5")) {
            assertThat(read("", wording, "Tỷ lệ")).as(wording).isEqualTo(PlanTarget.ceiling(n("5"), false, wording));
        }
    }

    @Test
    void wordsForDirectionStateAndTitle() {
        assertThat(read("", "Giảm hàng năm", "Hộ nghèo theo chuẩn nghèo đa chiều quốc gia").kind()).isEqualTo("DECREASE_EVERY_YEAR");
        assertThat(read("Duy trì", "Duy trì", "Xây dựng và duy trì phường không ma túy").kind()).isEqualTo("MAINTAIN");
        assertThat(read("", "Giữ vững", "Trạm Y tế xã đạt Bộ tiêu chí quốc gia").kind()).isEqualTo("MAINTAIN");
        assertThat(read("", "Đạt", "Phường đạt chuẩn đô thị văn minh")).isEqualTo(PlanTarget.achieve(2030, "Đạt"));
        assertThat(read("Không còn", "", "Hộ gia đình có người nghiện ma túy")).isEqualTo(PlanTarget.byYear(BigDecimal.ZERO, 2030,
                "Không còn"));
        TargetReader.Reading by = TargetReader.read("", "Giảm 1,5%/năm", "Tỷ lệ hộ nghèo", 2030);
        assertThat(by.target().kind()).isEqualTo("DECREASE_EVERY_YEAR");
        assertThat(by.note()).contains("mức giảm 1,5 không được tính riêng");
    }

    @Test
    void aPlainLevelIsAValueByTheEndOfThePlanAndTheAssumptionIsShown() {
        TargetReader.Reading reading = TargetReader.read("", "76", "Trường công lập đạt chuẩn quốc gia mức độ 2", 2030);

        assertThat(reading.target()).isEqualTo(PlanTarget.byYear(n("76"), 2030, "76"));
        assertThat(reading.note()).contains("Hiểu \"76\" là giá trị cần đạt đến năm 2030");
        assertThat(read("0,5", "", "Tỷ lệ hộ cận nghèo")).isEqualTo(PlanTarget.byYear(n("0.5"), 2030, "0,5"));
    }

    @Test
    void aRowWithA2030ValueAndADifferentYearlyRuleKeepsBoth() {
        TargetReader.Reading poverty = TargetReader.read("0", "Giảm hàng năm", "Tỷ lệ hộ nghèo", 2030);

        assertThat(poverty.target()).isEqualTo(PlanTarget.decrease("Giảm hàng năm"));
        assertThat(poverty.endTarget()).isEqualTo(PlanTarget.byYear(BigDecimal.ZERO, 2030, "0"));
        assertThat(poverty.note()).contains("giữ cả hai");
        TargetReader.Reading investment = TargetReader.read("100", "Tối thiểu 95", "Tỷ lệ giải ngân", 2030);
        assertThat(investment.endTarget()).isEqualTo(PlanTarget.byYear(n("100"), 2030, "100"));
        // The same rule twice, or a 2030 value the yearly rule already demands, is one target.
        assertThat(TargetReader.read("100", "100", "Tỷ lệ thu gom", 2030).endTarget()).isNull();
        assertThat(TargetReader.read("Tối thiểu 99,5", "Tối thiểu 99,5", "Tỷ lệ giải ngân", 2030).endTarget()).isNull();
        assertThat(TargetReader.read("Duy trì", "Duy trì", "Phường không ma túy", 2030).endTarget()).isNull();
    }

    @Test
    void emptyCellsHaveNoTargetAndWhatCannotBeReadIsNamedNeverGuessed() {
        TargetReader.Reading empty = TargetReader.read(" ", null, "Chỉ tiêu", 2030);
        assertThat(empty.target()).isNull();
        assertThat(empty.unread()).isEmpty();

        TargetReader.Reading nonsense = TargetReader.read("", "khoảng vài phần trăm", "Chỉ tiêu", 2030);
        assertThat(nonsense.target()).isNull();
        assertThat(nonsense.unread()).containsExactly("\"khoảng vài phần trăm\" (bình quân / hằng năm)");
        assertThat(nonsense.note()).contains("Không đọc được mức chỉ tiêu", "nhập kiểu chỉ tiêu bằng tay");

        TargetReader.Reading half = TargetReader.read("76", "theo kế hoạch của thành phố", "Chỉ tiêu", 2030);
        assertThat(half.target()).isEqualTo(PlanTarget.byYear(n("76"), 2030, "76"));
        assertThat(half.unread()).hasSize(1);
    }

    @Test
    void everyTargetOfThePlansInOtherStylesIsTyped() throws IOException {
        for (String file : List.of("xa-tan-tien-57-KH-UBND.txt", "phuong-hoa-binh-112-KH-UBND.docx", "xa-quang-minh-09-KH-UBND.xlsx")) {
            ParsedPlan plan = OtherOfficeStylesTest.read(file);
            for (ParsedPlan.IndicatorRow row : plan.indicators()) {
                TargetReader.Reading reading = TargetReader.read(row.byEndText(), row.yearlyText(), row.name(), 2030);
                assertThat(reading.unread()).as("%s, %s", file, row.name()).isEmpty();
                assertThat(reading.target()).as("%s, %s", file, row.name()).isNotNull();
            }
        }
    }

    @Test
    void vietnameseNumbers() {
        assertThat(TargetReader.number("99,5")).isEqualByComparingTo("99.5");
        assertThat(TargetReader.number("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(TargetReader.number("12.500")).isEqualByComparingTo("12500");
    }
}
