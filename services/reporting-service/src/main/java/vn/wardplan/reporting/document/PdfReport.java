package vn.wardplan.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report as PDF (OpenPDF): the same layout as the Word document, with DejaVu Serif embedded (Identity-H), so every
 * Vietnamese diacritic renders and is extractable wherever the file is opened.
 */
final class PdfReport {

    private static final byte[] REGULAR = font("/fonts/DejaVuSerif.ttf");
    private static final byte[] BOLD = font("/fonts/DejaVuSerif-Bold.ttf");

    private PdfReport() {
    }

    static byte[] render(ReportData data) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont regular = BaseFont.createFont("DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BOLD, null);
            Fonts fonts = new Fonts(new Font(regular, 12), new Font(bold, 12), new Font(regular, 12, Font.ITALIC), new Font(regular, 10),
                    new Font(bold, 10), new Font(regular, 11), new Font(bold, 11));
            Document doc = new Document(PageSize.A4, 85, 43, 57, 57);
            PdfWriter.getInstance(doc, out);
            doc.open();
            header(doc, data, fonts);
            centered(doc, data.kind().heading(), fonts.bold);
            centered(doc, data.kind().subject(data.year()), fonts.bold);
            body(doc, data, fonts);
            signature(doc, data, fonts);
            appendices(doc, data, fonts);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF not written", e);
        }
    }

    private record Fonts(Font text, Font bold, Font italic, Font small, Font smallBold, Font header, Font headerBold) {
    }

    private static void header(Document doc, ReportData data, Fonts fonts) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1f, 1.5f});
        table.setWidthPercentage(100);
        table.addCell(plain(lines(fonts, "ỦY BAN NHÂN DÂN", false, (data.wardWord() + " " + data.wardName()).toUpperCase(), true,
                "Số:        /BC-UBND", false)));
        table.addCell(plain(lines(fonts, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, "Độc lập - Tự do - Hạnh phúc", true,
                VietnameseText.placeAndDate(data.wardName(), data.issuedOn()), false)));
        doc.add(table);
        doc.add(new Paragraph(" ", fonts.text));
    }

    private static void body(Document doc, ReportData data, Fonts fonts) throws DocumentException, IOException {
        heading(doc, "I. TÌNH HÌNH CHUNG", fonts);
        text(doc, "Kế hoạch có %d chỉ tiêu và %d nhiệm vụ. Năm %d: %d chỉ tiêu đạt, %d đúng tiến độ, %d có nguy cơ không đạt, %d không đạt, %d chưa có số liệu; %d sản phẩm quá hạn.".formatted(
                data.indicators().size(), data.tasks().size(), data.year(), data.indicatorCount("ACHIEVED"), data.indicatorCount("ON_TRACK"),
                data.indicatorCount("AT_RISK"), data.indicatorCount("OFF_TRACK"), data.indicatorCount("NO_DATA"),
                data.deliverablesByStatus().getOrDefault("OVERDUE", 0)), fonts.text);
        heading(doc, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", fonts);
        for (ReportData.IndicatorRow row : data.indicators()) {
            text(doc, "- %s: %s%s.".formatted(row.name(), VietnameseText.status(row.status()),
                    row.reason() == null || row.reason().isBlank() ? "" : " (" + row.reason() + ")"), fonts.text);
        }
        if (!data.growth().isEmpty()) {
            Image chart = Image.getInstance(GrowthChart.png(data.growth(), 900, 120 + 80 * data.growth().size()));
            chart.scaleToFit(440, 400);
            chart.setAlignment(Element.ALIGN_CENTER);
            doc.add(chart);
        }
        heading(doc, "III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", fonts);
        for (ReportData.TaskRow task : data.tasks()) {
            text(doc, "%s. %s (chủ trì: %s): %s.".formatted(task.key(), task.title(), task.leadUnit(),
                    task.statusByYear().values().stream().filter(s -> !s.isBlank()).map(VietnameseText::statuses)
                            .reduce((a, b) -> a + "; " + b).orElse("chưa có sản phẩm trong kỳ")), fonts.text);
            for (String progress : task.progress()) {
                text(doc, "+ " + progress, fonts.italic);
            }
        }
        heading(doc, "IV. CÁC NHIỆM VỤ CHẬM TIẾN ĐỘ", fonts);
        if (data.overdue().isEmpty()) {
            text(doc, "Không có nhiệm vụ quá hạn.", fonts.text);
        }
        for (ReportData.OverdueRow row : data.overdue()) {
            text(doc, "- %s. %s (%s): hạn %s.".formatted(row.key(), row.title(), row.leadUnit(),
                    VietnameseText.date(row.dueDate())), fonts.text);
        }
        heading(doc, "V. YÊU CẦU GIẢI TRÌNH", fonts);
        if (data.explanations().isEmpty()) {
            text(doc, "Không có yêu cầu giải trình trong kỳ.", fonts.text);
        }
        for (ReportData.ExplanationRow row : data.explanations()) {
            text(doc, row.summary(), fonts.text);
            for (String exchange : row.exchanges()) {
                text(doc, "+ " + exchange, fonts.italic);
            }
        }
    }

    private static void signature(Document doc, ReportData data, Fonts fonts) throws DocumentException {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        Phrase received = new Phrase("Nơi nhận:\n", fonts.smallBold);
        received.add(new Phrase("- UBND thành phố (để báo cáo);\n- Thường trực Đảng ủy;\n- Thường trực HĐND " + data.wardWord()
                + ";\n- Lưu: VT.", fonts.small));
        PdfPCell left = new PdfPCell(received);
        left.setBorder(Rectangle.NO_BORDER);
        table.addCell(left);
        table.addCell(plain(lines(fonts, "TM. ỦY BAN NHÂN DÂN", true, "CHỦ TỊCH", true)));
        doc.add(table);
    }

    private static void appendices(Document doc, ReportData data, Fonts fonts) throws DocumentException {
        doc.newPage();
        centered(doc, "PHỤ LỤC I", fonts.bold);
        centered(doc, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", fonts.bold);
        List<String> head = new ArrayList<>(List.of("STT", "Các chỉ tiêu chủ yếu", "Đơn vị tính", "Kế hoạch"));
        data.years().forEach(y -> head.add("Thực hiện " + y));
        head.add("Đánh giá");
        PdfPTable indicators = grid(head, fonts);
        for (ReportData.IndicatorRow row : data.indicators()) {
            List<String> cells = new ArrayList<>(List.of(nonNull(row.code()), row.name(), nonNull(row.measureUnit()),
                    row.yearlyTarget() != null && !row.yearlyTarget().isBlank() ? row.yearlyTarget() : nonNull(row.byEndTarget())));
            data.years().forEach(y -> cells.add(VietnameseText.number(row.values().get(y))));
            cells.add(VietnameseText.status(row.status()));
            cells.forEach(c -> indicators.addCell(new Phrase(c, fonts.small)));
        }
        doc.add(indicators);
        doc.newPage();
        centered(doc, "PHỤ LỤC II", fonts.bold);
        centered(doc, "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM", fonts.bold);
        List<String> taskHead = new ArrayList<>(List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"));
        data.years().forEach(y -> taskHead.add("Tình trạng " + y));
        PdfPTable tasks = grid(taskHead, fonts);
        for (ReportData.TaskRow row : data.tasks()) {
            List<String> cells = new ArrayList<>(List.of(row.key(), row.title(), row.leadUnit(), row.coordinatingUnits()));
            data.years().forEach(y -> cells.add(VietnameseText.statuses(row.statusByYear().get(y))));
            cells.forEach(c -> tasks.addCell(new Phrase(c, fonts.small)));
        }
        doc.add(tasks);
    }

    private static PdfPTable grid(List<String> head, Fonts fonts) {
        float[] widths = new float[head.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 0.5f : i == 1 ? 3f : 1.2f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        head.forEach(h -> table.addCell(new Phrase(h, fonts.smallBold)));
        return table;
    }

    private static Phrase lines(Fonts fonts, Object... textAndBold) {
        Phrase phrase = new Phrase();
        for (int i = 0; i < textAndBold.length; i += 2) {
            phrase.add(new Phrase((i == 0 ? "" : "\n") + textAndBold[i], (Boolean) textAndBold[i + 1] ? fonts.headerBold : fonts.header));
        }
        return phrase;
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static void centered(Document doc, String text, Font font) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        doc.add(p);
    }

    private static void heading(Document doc, String text, Fonts fonts) throws DocumentException {
        Paragraph p = new Paragraph(text, fonts.bold);
        p.setSpacingBefore(8);
        doc.add(p);
    }

    private static void text(Document doc, String text, Font font) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(28);
        doc.add(p);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is not in the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
