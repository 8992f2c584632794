package vn.wardplan.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import vn.wardplan.reporting.timeliness.PeriodLedger;
import vn.wardplan.reporting.timeliness.PeriodReportView;
import vn.wardplan.reporting.timeliness.Standing;

/**
 * The consolidated draft of a reporting period, in the Decree 30 layout of the annual report: how the units reported,
 * the text each unit sent for each task, the period's indicator values, and the units that have not reported, named.
 * The ward office edits it into the report it sends to the city.
 */
final class PeriodDraft {

    private PeriodDraft() {
    }

    static byte[] render(PeriodReportView period, String wardWord) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxReport.page(doc);
            DocxReport.header(doc, wardWord, period.wardName(), period.asOf());
            DocxReport.paragraph(doc, "", 14, false, false, ParagraphAlignment.CENTER);
            DocxReport.paragraph(doc, "BÁO CÁO", 14, true, false, ParagraphAlignment.CENTER);
            DocxReport.paragraph(doc, "Kết quả thực hiện Kế hoạch phát triển kinh tế - xã hội " + period.label().toLowerCase(java.util.Locale.ROOT), 14, true, false, ParagraphAlignment.CENTER);
            DocxReport.paragraph(doc, "(Dự thảo tổng hợp từ báo cáo của các cơ quan, đơn vị)", 14, false, true, ParagraphAlignment.CENTER);

            DocxReport.section(doc, "I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ");
            var total = period.total();
            DocxReport.text(doc, "Số liệu chốt đến ngày %s; hạn các đơn vị gửi Văn phòng ngày %s. Tổng số báo cáo, số liệu phải gửi: %d; đã nhận %d (đúng hạn %d, quá hạn %d); chưa nhận %d."
                    .formatted(VietnameseText.date(period.cutOff()), VietnameseText.date(period.unitsDue()), total.expected(),
                            total.received(), total.onTime(), total.late(), total.missing() + total.notYetDue()));

            DocxReport.section(doc, "II. KẾT QUẢ THỰC HIỆN CỦA CÁC CƠ QUAN, ĐƠN VỊ");
            int n = 0;
            for (PeriodReportView.UnitPeriod unit : period.units()) {
                List<PeriodLedger.Owed> reports = unit.items().stream().filter(o -> o.kind().equals("TASK_REPORT") && o.doneOn() != null).toList();
                if (reports.isEmpty()) {
                    continue;
                }
                DocxReport.section(doc, "%d. %s".formatted(++n, unit.name()));
                for (PeriodLedger.Owed report : reports) {
                    DocxReport.text(doc, "- Nhiệm vụ %s. %s (nhận ngày %s%s):".formatted(report.key(), report.title(),
                            VietnameseText.date(report.doneOn()), report.standing() == Standing.DONE_LATE ? ", quá hạn" : ""));
                    for (String text : report.texts()) {
                        DocxReport.text(doc, "+ " + text).setItalic(true);
                    }
                }
            }
            if (n == 0) {
                DocxReport.text(doc, "Chưa có đơn vị nào gửi báo cáo của kỳ.");
            }

            DocxReport.section(doc, "III. SỐ LIỆU CÁC CHỈ TIÊU CỦA KỲ");
            XWPFTable values = DocxReport.grid(doc, List.of("STT", "Chỉ tiêu", "Số liệu", "Tình trạng", "Đơn vị tham mưu"));
            for (PeriodReportView.UnitPeriod unit : period.units()) {
                for (PeriodLedger.Owed value : unit.items().stream().filter(o -> o.kind().equals("INDICATOR_VALUE")).toList()) {
                    DocxReport.addRow(values, List.of(value.key() == null ? "" : value.key(), value.title(), VietnameseText.number(value.value()),
                            valueState(value.status()), unit.name()));
                }
            }

            DocxReport.section(doc, "IV. CÁC CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO");
            List<PeriodReportView.UnitPeriod> missing = period.units().stream().filter(u -> u.tally().missing() > 0).toList();
            if (missing.isEmpty()) {
                DocxReport.text(doc, "Tất cả các cơ quan, đơn vị đã gửi báo cáo, số liệu của kỳ.");
            }
            for (PeriodReportView.UnitPeriod unit : missing) {
                DocxReport.text(doc, "- %s: chưa gửi %d (%s).".formatted(unit.name(), unit.tally().missing(), unit.items().stream()
                        .filter(o -> o.standing() == Standing.NOT_DONE_OVERDUE).map(PeriodLedger.Owed::title).collect(Collectors.joining("; "))));
            }
            DocxReport.signature(doc, wardWord);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String valueState(String state) {
        return switch (state) {
            case "APPROVED" -> "Đã duyệt";
            case "SUBMITTED" -> "Chờ duyệt";
            case "RETURNED" -> "Bị trả lại";
            default -> "Chưa nhập";
        };
    }
}
