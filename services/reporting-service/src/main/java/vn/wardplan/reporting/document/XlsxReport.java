package vn.wardplan.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two appendices as spreadsheets (sheets "Phụ lục I" and "Phụ lục II"), values as numbers with a Vietnamese
 * number format ({@code [$-42A]}: 99,5 and 1.234,5 in a Vietnamese Excel or LibreOffice), Times New Roman.
 */
final class XlsxReport {

    private XlsxReport() {
    }

    static byte[] render(ReportData data) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet indicators = book.createSheet("Phụ lục I");
            title(indicators, styles, "PHỤ LỤC I - KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU (" + data.wardName() + ")");
            List<String> head = new ArrayList<>(List.of("STT", "Các chỉ tiêu chủ yếu", "Đơn vị tính", "Kế hoạch (bình quân năm)",
                    "Đến năm 2030"));
            data.years().forEach(y -> head.add("Thực hiện " + y));
            head.addAll(List.of("Đánh giá", "Đơn vị tham mưu"));
            header(indicators, styles, head);
            int r = 2;
            for (ReportData.IndicatorRow row : data.indicators()) {
                Row line = indicators.createRow(r++);
                int c = 0;
                text(line, c++, row.code(), styles);
                text(line, c++, row.name(), styles);
                text(line, c++, row.measureUnit(), styles);
                text(line, c++, row.yearlyTarget(), styles);
                text(line, c++, row.byEndTarget(), styles);
                for (int y : data.years()) {
                    Double value = row.values().get(y);
                    if (value == null) {
                        text(line, c++, "", styles);
                    } else {
                        var cell = line.createCell(c++);
                        cell.setCellValue(value);
                        cell.setCellStyle(styles.number);
                    }
                }
                text(line, c++, VietnameseText.status(row.status()), styles);
                text(line, c, row.advisingUnit(), styles);
            }
            widths(indicators, head.size(), 1);

            Sheet tasks = book.createSheet("Phụ lục II");
            title(tasks, styles, "PHỤ LỤC II - KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM (" + data.wardName() + ")");
            List<String> taskHead = new ArrayList<>(List.of("STT", "Lĩnh vực", "Nhiệm vụ", "Thời gian thực hiện",
                    "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả/sản phẩm"));
            data.years().forEach(y -> taskHead.add("Tình trạng " + y));
            taskHead.add("Tiến độ các đơn vị báo cáo");
            header(tasks, styles, taskHead);
            r = 2;
            for (ReportData.TaskRow row : data.tasks()) {
                Row line = tasks.createRow(r++);
                int c = 0;
                text(line, c++, row.key(), styles);
                text(line, c++, row.field(), styles);
                text(line, c++, row.title(), styles);
                text(line, c++, row.period(), styles);
                text(line, c++, row.leadUnit(), styles);
                text(line, c++, row.coordinatingUnits(), styles);
                text(line, c++, row.output(), styles);
                for (int y : data.years()) {
                    text(line, c++, VietnameseText.statuses(row.statusByYear().get(y)), styles);
                }
                text(line, c, String.join("\n", row.progress()), styles);
            }
            widths(tasks, taskHead.size(), 2);

            Sheet timeliness = book.createSheet("Phụ lục III");
            title(timeliness, styles, "PHỤ LỤC III - TÌNH HÌNH GỬI BÁO CÁO, SỐ LIỆU CỦA CÁC CƠ QUAN, ĐƠN VỊ (" + data.wardName() + ")");
            header(timeliness, styles, List.of("Kỳ báo cáo", "Cơ quan, đơn vị", "Phải gửi", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                    "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn"));
            r = 2;
            for (var period : data.timeliness()) {
                for (var unit : period.units()) {
                    tallyRow(timeliness.createRow(r++), period.label(), unit.name(), unit.tally(), styles);
                }
                tallyRow(timeliness.createRow(r++), period.label(), "Tổng cộng", period.total(), styles);
            }
            widths(timeliness, 7, 1);

            Sheet asked = book.createSheet("Giải trình");
            title(asked, styles, "YÊU CẦU GIẢI TRÌNH (" + data.wardName() + ")");
            header(asked, styles, List.of("Về việc", "Người yêu cầu", "Ngày yêu cầu", "Đơn vị trả lời", "Hạn trả lời", "Tình trạng",
                    "Hỏi và trả lời"));
            r = 2;
            for (ReportData.ExplanationRow row : data.explanations()) {
                Row line = asked.createRow(r++);
                text(line, 0, row.subject(), styles);
                text(line, 1, row.askedBy(), styles);
                text(line, 2, VietnameseText.date(row.askedOn()), styles);
                text(line, 3, row.unit(), styles);
                text(line, 4, VietnameseText.date(row.answerDue()), styles);
                text(line, 5, switch (row.status()) {
                    case "OPEN" -> "Chờ trả lời";
                    case "ANSWERED" -> "Đã trả lời";
                    default -> "Đã kết thúc";
                }, styles);
                text(line, 6, String.join("\n", row.exchanges()), styles);
            }
            widths(asked, 7, 6);
            asked.setColumnWidth(0, 40 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tallyRow(Row row, String period, String unit, vn.wardplan.reporting.timeliness.Tally t, Styles styles) {
        text(row, 0, period, styles);
        text(row, 1, unit, styles);
        int c = 2;
        for (int n : new int[] {t.expected(), t.onTime(), t.late(), t.notYetDue(), t.missing()}) {
            var cell = row.createCell(c++);
            cell.setCellValue(n);
            cell.setCellStyle(styles.number);
        }
    }

    private static void title(Sheet sheet, Styles styles, String text) {
        var cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title);
    }

    private static void header(Sheet sheet, Styles styles, List<String> head) {
        Row row = sheet.createRow(1);
        for (int i = 0; i < head.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(head.get(i));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 2);
    }

    private static void text(Row row, int column, String value, Styles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(styles.text);
    }

    private static void widths(Sheet sheet, int columns, int wide) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, i == 0 ? 6 * 256 : i == wide ? 60 * 256 : 18 * 256);
        }
    }

    /** The few cell styles of the workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;

        Styles(Workbook book) {
            Font plain = book.createFont();
            plain.setFontName("Times New Roman");
            plain.setFontHeightInPoints((short) 12);
            Font bold = book.createFont();
            bold.setFontName("Times New Roman");
            bold.setFontHeightInPoints((short) 12);
            bold.setBold(true);
            title = book.createCellStyle();
            title.setFont(bold);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            text = book.createCellStyle();
            text.setFont(plain);
            text.setWrapText(true);
            number = book.createCellStyle();
            number.setFont(plain);
            number.setDataFormat(book.createDataFormat().getFormat("[$-42A]#,##0.##"));
        }
    }
}
