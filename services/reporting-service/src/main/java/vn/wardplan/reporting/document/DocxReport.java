package vn.wardplan.reporting.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The report as a Word document laid out the way Nghị định 30/2020/NĐ-CP lays out administrative documents: A4,
 * margins 20/20/30/15 mm, Times New Roman 14 (13 in tables), the issuing body and the national motto side by side,
 * the number and the place-and-date line, the title, the body, "Nơi nhận" and the signature block, then Phụ lục I
 * and Phụ lục II as tables.
 */
final class DocxReport {

    private static final String FONT = "Times New Roman";

    private DocxReport() {
    }

    static byte[] render(ReportData data) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, data);
            title(doc, data);
            body(doc, data);
            signature(doc, data);
            appendixI(doc, data);
            appendixII(doc, data);
            appendixIII(doc, data);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }

    private static void header(XWPFDocument doc, ReportData data) {
        header(doc, data.wardWord(), data.wardName(), data.issuedOn());
    }

    /** The issuing body and the motto side by side, the number, the place-and-date line (Decree 30, Appendix I). */
    static void header(XWPFDocument doc, String wardWord, String wardName, java.time.LocalDate issuedOn) {
        XWPFTable table = borderless(doc, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellLine(left, "ỦY BAN NHÂN DÂN", 13, false, false);
        cellLine(left, (wardWord + " " + wardName).toUpperCase(), 13, true, false);
        cellLine(left, "Số:        /BC-UBND", 13, false, false);
        cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        XWPFRun motto = cellLine(right, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        cellLine(right, VietnameseText.placeAndDate(wardName, issuedOn), 14, false, true);
    }

    private static void title(XWPFDocument doc, ReportData data) {
        paragraph(doc, "", 14, false, false, ParagraphAlignment.CENTER);
        paragraph(doc, data.kind().heading(), 14, true, false, ParagraphAlignment.CENTER);
        paragraph(doc, data.kind().subject(data.year()), 14, true, false, ParagraphAlignment.CENTER);
        paragraph(doc, "", 14, false, false, ParagraphAlignment.CENTER);
    }

    private static void body(XWPFDocument doc, ReportData data) {
        section(doc, "I. TÌNH HÌNH CHUNG");
        text(doc, "Kế hoạch có %d chỉ tiêu và %d nhiệm vụ. Năm %d: %d chỉ tiêu đạt, %d đúng tiến độ, %d có nguy cơ không đạt, %d không đạt, %d chưa có số liệu; %d sản phẩm đã nộp, %d đã được chấp nhận, %d đang thực hiện, %d bị trả lại, %d quá hạn.".formatted(
                data.indicators().size(), data.tasks().size(), data.year(), data.indicatorCount("ACHIEVED"), data.indicatorCount("ON_TRACK"),
                data.indicatorCount("AT_RISK"), data.indicatorCount("OFF_TRACK"), data.indicatorCount("NO_DATA"), deliverables(data, "SUBMITTED"),
                deliverables(data, "ACCEPTED"), deliverables(data, "PLANNED"), deliverables(data, "RETURNED"),
                deliverables(data, "OVERDUE")));
        section(doc, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
        for (ReportData.IndicatorRow row : data.indicators()) {
            text(doc, "- %s: %s%s.".formatted(row.name(), VietnameseText.status(row.status()),
                    row.reason() == null || row.reason().isBlank() ? "" : " (" + row.reason() + ")"));
        }
        if (!data.growth().isEmpty()) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            byte[] png = GrowthChart.png(data.growth(), 900, 120 + 80 * data.growth().size());
            try {
                p.createRun().addPicture(new ByteArrayInputStream(png), XWPFDocument.PICTURE_TYPE_PNG, "tang-truong.png",
                        Units.toEMU(450), Units.toEMU((120 + 80 * data.growth().size()) / 2.0));
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("Chart not embedded", e);
            }
        }
        section(doc, "III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ");
        for (ReportData.TaskRow task : data.tasks()) {
            text(doc, "%s. %s (chủ trì: %s): %s.".formatted(task.key(), task.title(), task.leadUnit(),
                    task.statusByYear().values().stream().filter(s -> !s.isBlank()).map(VietnameseText::statuses)
                            .reduce((a, b) -> a + "; " + b).orElse("chưa có sản phẩm trong kỳ")));
            for (String progress : task.progress()) {
                XWPFRun run = text(doc, "+ " + progress);
                run.setItalic(true);
            }
        }
        section(doc, "IV. CÁC NHIỆM VỤ CHẬM TIẾN ĐỘ");
        if (data.overdue().isEmpty()) {
            text(doc, "Không có nhiệm vụ quá hạn.");
        }
        for (ReportData.OverdueRow row : data.overdue()) {
            text(doc, "- %s. %s (%s): hạn %s.".formatted(row.key(), row.title(), row.leadUnit(), VietnameseText.date(row.dueDate())));
        }
        section(doc, "V. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ");
        if (data.timeliness().isEmpty()) {
            text(doc, "Chưa có kỳ báo cáo nào trong năm.");
        }
        for (var period : data.timeliness()) {
            var t = period.total();
            text(doc, "- %s (hạn %s): phải gửi %d; hoàn thành đúng hạn %d, hoàn thành quá hạn %d; chưa hoàn thành, trong hạn %d; chưa hoàn thành, quá hạn %d."
                    .formatted(period.label(), VietnameseText.date(period.unitsDue()), t.expected(), t.onTime(), t.late(), t.notYetDue(),
                            t.missing()));
        }
        section(doc, "VI. YÊU CẦU GIẢI TRÌNH");
        if (data.explanations().isEmpty()) {
            text(doc, "Không có yêu cầu giải trình trong kỳ.");
        }
        for (ReportData.ExplanationRow row : data.explanations()) {
            text(doc, row.summary());
            for (String exchange : row.exchanges()) {
                text(doc, "+ " + exchange).setItalic(true);
            }
        }
        text(doc, "(Chi tiết tại Phụ lục I, Phụ lục II và Phụ lục III kèm theo)");
    }

    private static void signature(XWPFDocument doc, ReportData data) {
        signature(doc, data.wardWord());
    }

    /** "Nơi nhận" on the left, the People's Committee's signature block on the right. */
    static void signature(XWPFDocument doc, String wardWord) {
        XWPFTable table = borderless(doc, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFRun received = cellLine(left, "Nơi nhận:", 12, true, true);
        received.setItalic(true);
        for (String line : List.of("- UBND thành phố (để báo cáo);", "- Thường trực Đảng ủy;",
                "- Thường trực HĐND " + wardWord + ";", "- CT, các PCT UBND " + wardWord + ";", "- Lưu: VT.")) {
            cellLine(left, line, 11, false, false);
        }
        cellLine(right, "TM. ỦY BAN NHÂN DÂN", 14, true, false);
        cellLine(right, "CHỦ TỊCH", 14, true, false);
    }

    private static void appendixI(XWPFDocument doc, ReportData data) {
        XWPFParagraph br = doc.createParagraph();
        br.setPageBreak(true);
        paragraph(doc, "PHỤ LỤC I", 14, true, false, ParagraphAlignment.CENTER);
        paragraph(doc, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", 13, true, false, ParagraphAlignment.CENTER);
        List<String> head = new java.util.ArrayList<>(List.of("STT", "Các chỉ tiêu chủ yếu", "Đơn vị tính", "Kế hoạch"));
        data.years().forEach(y -> head.add("Thực hiện " + y));
        head.addAll(List.of("Đánh giá", "Đơn vị tham mưu"));
        XWPFTable table = grid(doc, head);
        for (ReportData.IndicatorRow row : data.indicators()) {
            List<String> cells = new java.util.ArrayList<>(List.of(row.code() == null ? "" : row.code(), row.name(),
                    row.measureUnit() == null ? "" : row.measureUnit(), row.yearlyTarget() != null && !row.yearlyTarget().isBlank()
                            ? row.yearlyTarget() : row.byEndTarget() == null ? "" : row.byEndTarget()));
            data.years().forEach(y -> cells.add(VietnameseText.number(row.values().get(y))));
            cells.add(VietnameseText.status(row.status()));
            cells.add(row.advisingUnit() == null ? "" : row.advisingUnit());
            addRow(table, cells);
        }
    }

    private static void appendixII(XWPFDocument doc, ReportData data) {
        XWPFParagraph br = doc.createParagraph();
        br.setPageBreak(true);
        paragraph(doc, "PHỤ LỤC II", 14, true, false, ParagraphAlignment.CENTER);
        paragraph(doc, "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM", 13, true, false, ParagraphAlignment.CENTER);
        List<String> head = new java.util.ArrayList<>(List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Kết quả/sản phẩm"));
        data.years().forEach(y -> head.add("Tình trạng " + y));
        XWPFTable table = grid(doc, head);
        for (ReportData.TaskRow row : data.tasks()) {
            List<String> cells = new java.util.ArrayList<>(List.of(row.key(), row.title(), row.leadUnit(), row.coordinatingUnits(),
                    row.output() == null ? "" : row.output()));
            data.years().forEach(y -> cells.add(VietnameseText.statuses(row.statusByYear().getOrDefault(y, ""))));
            addRow(table, cells);
        }
    }

    /** Phụ lục III: each period's reports by unit, in the four classes of the Government's task tracking. */
    private static void appendixIII(XWPFDocument doc, ReportData data) {
        XWPFParagraph br = doc.createParagraph();
        br.setPageBreak(true);
        paragraph(doc, "PHỤ LỤC III", 14, true, false, ParagraphAlignment.CENTER);
        paragraph(doc, "TÌNH HÌNH GỬI BÁO CÁO, SỐ LIỆU CỦA CÁC CƠ QUAN, ĐƠN VỊ", 13, true, false, ParagraphAlignment.CENTER);
        XWPFTable table = grid(doc, List.of("Kỳ báo cáo", "Cơ quan, đơn vị", "Phải gửi", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn"));
        for (var period : data.timeliness()) {
            for (var unit : period.units()) {
                var t = unit.tally();
                addRow(table, List.of(period.label(), unit.name(), String.valueOf(t.expected()), String.valueOf(t.onTime()),
                        String.valueOf(t.late()), String.valueOf(t.notYetDue()), String.valueOf(t.missing())));
            }
            var t = period.total();
            addRow(table, List.of(period.label(), "Tổng cộng", String.valueOf(t.expected()), String.valueOf(t.onTime()),
                    String.valueOf(t.late()), String.valueOf(t.notYetDue()), String.valueOf(t.missing())));
        }
    }

    private static int deliverables(ReportData data, String status) {
        return data.deliverablesByStatus().getOrDefault(status, 0);
    }

    static void section(XWPFDocument doc, String heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        run(p, heading, 14, true, false);
    }

    static XWPFRun text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingAfter(60);
        return run(p, text, 14, false, false);
    }

    static XWPFRun paragraph(XWPFDocument doc, String text, int size, boolean bold, boolean italic,
            ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        return run(p, text, size, bold, italic);
    }

    static XWPFRun cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().getFirst().getRuns().isEmpty()
                ? cell.getParagraphs().getFirst() : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return run(p, text, size, bold, italic);
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        return run;
    }

    static XWPFTable borderless(XWPFDocument doc, int columns) {
        XWPFTable table = doc.createTable(1, columns);
        table.removeBorders();
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        return table;
    }

    static XWPFTable grid(XWPFDocument doc, List<String> head) {
        XWPFTable table = doc.createTable(1, head.size());
        table.setWidth("100%");
        for (int i = 0; i < head.size(); i++) {
            XWPFTableCell cell = table.getRow(0).getCell(i);
            run(cell.getParagraphs().getFirst(), head.get(i), 12, true, false);
            cell.getParagraphs().getFirst().setAlignment(ParagraphAlignment.CENTER);
        }
        return table;
    }

    static void addRow(XWPFTable table, List<String> cells) {
        var row = table.createRow();
        for (int i = 0; i < cells.size(); i++) {
            run(row.getCell(i).getParagraphs().getFirst(), cells.get(i), 12, false, false);
        }
    }
}
