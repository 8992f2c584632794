package vn.wardplan.reporting.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.wardplan.reporting.timeliness.Tally;

/** The comparison workbook a city's staff open in Excel: one row per frame indicator, the wards' own apart. */
class ComparisonSheetTest {

    @Test
    void frameRowsCarryEachWardsStatusAndValueAsNumbersAndTheWardsOwnIndicatorsStandApart() throws Exception {
        CityComparisonView view = new CityComparisonView("hai-phong", 2026, 3, List.of(
                new CityComparisonView.WardColumn("le-chan", "Lê Chân", 1, 1, 1, 1, 100.0, new Tally(2, 2, 0, 0, 0), 1),
                new CityComparisonView.WardColumn("an-duong", "An Dương", 2, 1, 0, 1, 0.0, new Tally(2, 1, 0, 1, 0), 0)),
                List.of(new CityComparisonView.FrameRow("6", null, "CHỈ TIÊU XÃ HỘI", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "UP",
                        "Trên 95", 2, Map.of("le-chan", new CityComparisonView.Cell("l:6", "Tỷ lệ tham gia BHYT toàn dân", "ACHIEVED",
                                98.6, 97.0, "UP", 1), "an-duong", new CityComparisonView.Cell("a:6", "Tỷ lệ người dân tham gia bảo hiểm y tế",
                                "AT_RISK", 96.1, null, null, 2)))),
                List.of(new CityComparisonView.WardOnly("le-chan", "l:5", "5", "Số doanh nghiệp thành lập mới", "Doanh nghiệp",
                        "NO_DATA", false)), List.of("CHỈ TIÊU XÃ HỘI"));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ComparisonSheet.render(view)))) {
            Sheet matrix = book.getSheet("So sánh");
            assertThat(matrix.getRow(0).getCell(0).getStringCellValue()).contains("NĂM 2026", "phiên bản 3");
            assertThat(matrix.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Lê Chân: đánh giá");
            assertThat(matrix.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tỷ lệ dân số tham gia bảo hiểm y tế");
            assertThat(matrix.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Đạt");
            assertThat(matrix.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(98.6);
            assertThat(matrix.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Có nguy cơ không đạt");
            assertThat(matrix.getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheet("Xếp hạng").getRow(1).getCell(1).getStringCellValue()).isEqualTo("Lê Chân");
            assertThat(book.getSheet("Chỉ tiêu riêng").getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("Số doanh nghiệp thành lập mới");
        }
    }
}
