package vn.wardplan.indicator.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Every wording of Phụ lục I of Kế hoạch 86/KH-UBND (An Dương), column by column as the appendix has it. */
class TargetParserTest {

    static Target parse(String byEnd, String yearly, String name) {
        return TargetParser.parse(byEnd, yearly, name, 2030).orElseThrow().target();
    }

    @Test
    void aRangeIsAYearlyGrowthBand() {
        assertThat(parse("", "14 - 15", "Tổng giá trị sản phẩm trên địa bàn"))
                .isEqualTo(new Target.GrowthRange(new BigDecimal("14"), new BigDecimal("15"), "14 - 15"));
        assertThat(parse("", "10 - 12", "Thu nhập bình quân đầu người")).isInstanceOf(Target.GrowthRange.class);
    }

    @Test
    void aPlainNumberForAGrowthIndicatorIsAGrowthRate() {
        assertThat(parse("", "10", "Thu ngân sách nhà nước trên địa bàn"))
                .isEqualTo(new Target.GrowthRange(BigDecimal.TEN, BigDecimal.TEN, "10"));
    }

    @Test
    void floorsAreInclusiveUnlessTheTextSaysAbove() {
        assertThat(parse("Tối thiểu 99,5", "Tối thiểu 99,5", "Tỷ lệ giải ngân vốn đầu tư công phường"))
                .isEqualTo(new Target.Floor(new BigDecimal("99.5"), false, "Tối thiểu 99,5"));
        assertThat(parse("", "Trên 97,5", "Tỷ lệ người dân tham gia bảo hiểm y tế"))
                .isEqualTo(new Target.Floor(new BigDecimal("97.5"), true, "Trên 97,5"));
        assertThat(parse("75% trở lên", "75% trở lên", "Tỷ lệ điều tra, khám phá án chung"))
                .isEqualTo(new Target.Floor(new BigDecimal("75"), false, "75% trở lên"));
        assertThat(parse("100", "100", "Tỷ lệ thu gom chất thải rắn sinh hoạt"))
                .isEqualTo(new Target.Floor(new BigDecimal("100"), false, "100"));
    }

    @Test
    void wordsForDirectionStateAndTitle() {
        assertThat(parse("", "Giảm hàng năm", "Hộ nghèo theo chuẩn nghèo đa chiều quốc gia")).isInstanceOf(Target.DecreaseEveryYear.class);
        assertThat(parse("Duy trì", "Duy trì", "Xây dựng và duy trì phường không ma túy")).isInstanceOf(Target.Maintain.class);
        assertThat(parse("", "Đạt", "Phường đạt chuẩn đô thị văn minh")).isEqualTo(new Target.Achieve(2030, "Đạt"));
    }

    @Test
    void aPlainLevelIsAValueByTheEndOfThePlanAndTheAssumptionIsShown() {
        TargetParser.Reading reading = TargetParser.parse("", "76", "Trường công lập đạt chuẩn quốc gia mức độ 2", 2030).orElseThrow();

        assertThat(reading.target()).isEqualTo(new Target.ValueByYear(new BigDecimal("76"), 2030, "76"));
        assertThat(reading.assumption()).contains("Hiểu \"76\" là giá trị cần đạt đến năm 2030");
        assertThat(parse("0,5", "", "Tỷ lệ hộ cận nghèo")).isEqualTo(new Target.ValueByYear(new BigDecimal("0.5"), 2030, "0,5"));
    }

    @Test
    void emptyCellsHaveNoTargetAndNonsenseIsRefusedInWords() {
        assertThat(TargetParser.parse(" ", null, "Chỉ tiêu", 2030)).isEmpty();
        assertThatThrownBy(() -> parse("", "khoảng vài phần trăm", "Chỉ tiêu"))
                .hasMessageContaining("Không đọc được chỉ tiêu");
    }

    @Test
    void vietnameseNumbers() {
        assertThat(VietnameseNumbers.parse("99,5")).isEqualByComparingTo("99.5");
        assertThat(VietnameseNumbers.parse("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(VietnameseNumbers.parse("12.500")).isEqualByComparingTo("12500");
        assertThat(VietnameseNumbers.format(16.24)).isEqualTo("16,2");
        assertThat(VietnameseNumbers.format(100)).isEqualTo("100");
    }
}
