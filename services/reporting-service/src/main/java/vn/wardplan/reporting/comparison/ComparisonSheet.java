package vn.wardplan.reporting.comparison;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.wardplan.reporting.document.SheetStyles;
import vn.wardplan.reporting.document.VietnameseText;

/**
 * The city's comparison as a workbook: "So sánh" (frame indicators × wards: status and value), "Xếp hạng" (the wards
 * ranked, with their reporting), "Chỉ tiêu riêng" (what each ward keeps for itself). Numbers stay numbers, with the
 * Vietnamese number format.
 */
final class ComparisonSheet {

    private ComparisonSheet() {
    }

    static byte[] render(CityComparisonView c) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = SheetStyles.of(book);
            CellStyle head = styles.head();
            CellStyle text = styles.text();
            CellStyle number = styles.number();

            Sheet matrix = book.createSheet("So sánh");
            cell(matrix.createRow(0), 0, "SO SÁNH CÁC PHƯỜNG, XÃ THEO KHUNG CHỈ TIÊU CỦA THÀNH PHỐ NĂM " + c.year()
                    + (c.frameVersion() == null ? " (chưa có khung chỉ tiêu)" : " (khung phiên bản " + c.frameVersion() + ")"), head);
            Row header = matrix.createRow(1);
            List<String> heads = new ArrayList<>(List.of("Mã", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu của thành phố"));
            c.wards().forEach(w -> {
                heads.add(w.name() + ": đánh giá");
                heads.add(w.name() + ": giá trị");
            });
            for (int i = 0; i < heads.size(); i++) {
                cell(header, i, heads.get(i), head);
            }
            int r = 2;
            for (CityComparisonView.FrameRow row : c.rows()) {
                Row line = matrix.createRow(r++);
                cell(line, 0, row.code(), text);
                cell(line, 1, row.name(), text);
                cell(line, 2, row.measureUnit(), text);
                cell(line, 3, row.cityTarget(), text);
                int col = 4;
                for (CityComparisonView.WardColumn w : c.wards()) {
                    CityComparisonView.Cell cell = row.cells().get(w.code());
                    cell(line, col++, cell == null ? "—" : VietnameseText.status(cell.status()), text);
                    if (cell != null && cell.value() != null) {
                        line.createCell(col).setCellValue(cell.value());
                        line.getCell(col).setCellStyle(number);
                    }
                    col++;
                }
            }
            matrix.setColumnWidth(1, 60 * 256);

            Sheet ranking = book.createSheet("Xếp hạng");
            Row rankHead = ranking.createRow(0);
            List<String> rankHeads = List.of("Hạng", "Phường, xã", "Chỉ tiêu theo khung", "Đúng tiến độ hoặc đạt", "Đã đánh giá",
                    "Tỷ lệ (%)", "Báo cáo đúng hạn", "Báo cáo phải nộp", "Chưa nộp", "Chỉ tiêu riêng");
            for (int i = 0; i < rankHeads.size(); i++) {
                cell(rankHead, i, rankHeads.get(i), head);
            }
            r = 1;
            for (CityComparisonView.WardColumn w : c.wards()) {
                Row line = ranking.createRow(r++);
                double[] numbers = {w.rank(), Double.NaN, w.indicators(), w.onTrack(), w.assessed(),
                        w.share() == null ? Double.NaN : w.share(), w.reports().onTime(), w.reports().expected(),
                        w.reports().missing(), w.wardOnly()};
                for (int i = 0; i < numbers.length; i++) {
                    if (i == 1) {
                        cell(line, i, w.name(), text);
                    } else if (!Double.isNaN(numbers[i])) {
                        line.createCell(i).setCellValue(numbers[i]);
                        line.getCell(i).setCellStyle(number);
                    }
                }
            }
            ranking.setColumnWidth(1, 30 * 256);

            Sheet own = book.createSheet("Chỉ tiêu riêng");
            Row ownHead = own.createRow(0);
            List<String> ownHeads = List.of("Phường, xã", "Số thứ tự trong kế hoạch", "Chỉ tiêu", "Đơn vị tính", "Đánh giá", "Ghi chú");
            for (int i = 0; i < ownHeads.size(); i++) {
                cell(ownHead, i, ownHeads.get(i), head);
            }
            r = 1;
            for (CityComparisonView.WardOnly w : c.wardOnly()) {
                Row line = own.createRow(r++);
                cell(line, 0, c.wards().stream().filter(x -> x.code().equals(w.ward())).map(CityComparisonView.WardColumn::name)
                        .findFirst().orElse(w.ward()), text);
                cell(line, 1, w.code(), text);
                cell(line, 2, w.name(), text);
                cell(line, 3, w.measureUnit(), text);
                cell(line, 4, VietnameseText.status(w.status()), text);
                cell(line, 5, w.awaitingReview() ? "Chờ phường, xã xác nhận gắn với khung" : "", text);
            }
            own.setColumnWidth(2, 60 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        SheetStyles.cell(row, column, value, style);
    }
}
