package vn.wardplan.reporting.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.wardplan.reporting.document.SheetStyles;

/** The trail as a workbook, one row per entry, newest first, in the words the office uses. */
final class AuditSheet {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private AuditSheet() {
    }

    static byte[] render(String ward, AuditFilter filter, List<AuditView> entries, long total) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = SheetStyles.of(book);
            CellStyle head = styles.head();
            CellStyle text = styles.text();

            Sheet sheet = book.createSheet("Nhật ký thay đổi");
            cell(sheet.createRow(0), 0, "NHẬT KÝ THAY ĐỔI CỦA " + ward.toUpperCase(java.util.Locale.ROOT) + describe(filter), head);
            if (total > entries.size()) {
                cell(sheet.createRow(1), 0, "Có " + total + " mục; tệp này gồm " + entries.size()
                        + " mục mới nhất. Hãy lọc theo ngày để tải phần còn lại.", text);
            }
            Row header = sheet.createRow(2);
            List<String> heads = List.of("Thời điểm", "Người thực hiện", "Tài khoản", "Dịch vụ", "Loại", "Mục", "Thao tác",
                    "Thay đổi (trước → sau)", "Lý do");
            for (int i = 0; i < heads.size(); i++) {
                cell(header, i, heads.get(i), head);
            }
            int r = 3;
            for (AuditView e : entries) {
                Row line = sheet.createRow(r++);
                cell(line, 0, AT.format(e.at()), text);
                cell(line, 1, e.actorName(), text);
                cell(line, 2, e.actor(), text);
                cell(line, 3, e.service(), text);
                cell(line, 4, e.kindLabel(), text);
                cell(line, 5, e.label(), text);
                cell(line, 6, e.actionLabel(), text);
                cell(line, 7, e.changes().stream()
                        .map(c -> (c.field().isEmpty() ? "" : c.field() + ": ") + shown(c.before()) + " → " + shown(c.after()))
                        .collect(Collectors.joining("\n")), text);
                cell(line, 8, e.reason(), text);
            }
            int[] widths = { 20, 24, 22, 20, 22, 50, 22, 70, 40 };
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(AuditFilter f) {
        StringBuilder s = new StringBuilder();
        if (f.user() != null) {
            s.append("; người: ").append(f.user());
        }
        if (f.item() != null) {
            s.append("; mục: ").append(f.item());
        }
        if (!f.kinds().isEmpty()) {
            s.append("; loại: ").append(f.kinds().stream().map(k -> AuditWords.kind(k)).collect(Collectors.joining(", ")));
        }
        if (f.from() != null) {
            s.append("; từ ngày ").append(f.from().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        if (f.to() != null) {
            s.append("; đến ngày ").append(f.to().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        return s.isEmpty() ? "" : " (" + s.substring(2) + ")";
    }

    private static String shown(String value) {
        return value == null ? "(không có)" : value;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        SheetStyles.cell(row, column, value, style);
    }
}
