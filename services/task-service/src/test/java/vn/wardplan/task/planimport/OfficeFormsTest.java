package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Word and Excel forms of Kế hoạch 86, generated here from the text form (appendix tables as real Word
 * tables; appendices as sheets with numbers as numbers), read to the same rows as the text form.
 */
class OfficeFormsTest {

    static String text;
    static ParsedPlan fromText;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt"), StandardCharsets.UTF_8);
        fromText = PlanTextReader.read(text);
    }

    @Test
    void theWordFormReadsToTheSamePlan() throws IOException {
        ParsedPlan fromWord = PlanTextReader.read(OfficeDocuments.docxToText(docx(text)));

        assertThat(fromWord.header()).isEqualTo(fromText.header());
        assertThat(withoutLines(fromWord)).isEqualTo(withoutLines(fromText));
        assertThat(fromWord.warnings()).extracting(ImportWarning::code).containsExactlyInAnyOrderElementsOf(
                fromText.warnings().stream().map(ImportWarning::code).toList());
    }

    @Test
    void theExcelFormReadsToTheSameRows() throws IOException {
        ParsedPlan fromExcel = PlanTextReader.read(OfficeDocuments.xlsxToText(xlsx(text)));

        assertThat(fromExcel.header().number()).isEqualTo("86/KH-UBND");
        assertThat(fromExcel.header().startYear()).isEqualTo(2026);
        assertThat(fromExcel.header().endYear()).isEqualTo(2030);
        assertThat(withoutLines(fromExcel)).isEqualTo(withoutLines(fromText));
    }

    /** Line numbers differ between forms; everything else must not. */
    static List<Object> withoutLines(ParsedPlan plan) {
        List<Object> rows = new java.util.ArrayList<>();
        plan.indicators().forEach(r -> rows.add(new ParsedPlan.IndicatorRow(r.position(), 0, r.code(), r.parentPosition(),
                r.group(), r.name(), r.measureUnit(), r.byEndText(), r.yearlyText(), r.directingLeader(), r.advisingUnit(),
                r.note())));
        plan.tasks().forEach(t -> rows.add(new ParsedPlan.TaskRow(t.position(), 0, t.code(), t.field(), t.title(), t.period(),
                t.leadUnit(), t.coordinatingUnits(), t.output(), t.directingLeader())));
        return rows;
    }

    /** Paragraphs for body lines; each run of tab-separated lines becomes one Word table. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (String line : text.split("\n", -1)) {
                if (!line.contains("\t")) {
                    table = null;
                    document.createParagraph().createRun().setText(line);
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (table == null) {
                    table = document.createTable(1, cells.length);
                    fill(table.getRow(0), cells);
                } else {
                    XWPFTableRow row = table.createRow();
                    fill(row, cells);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XWPFTableRow row, String[] cells) {
        while (row.getTableCells().size() < cells.length) {
            row.addNewTableCell();
        }
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }

    /** Phụ lục I and Phụ lục II as two sheets, starting at their title lines; whole numbers stored as numbers. */
    static byte[] xlsx(String text) throws IOException {
        String[] lines = text.split("\n", -1);
        int one = indexOf(lines, "PHỤ LỤC 1");
        int two = indexOf(lines, "PHỤ LỤC II");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook.createSheet("Phụ lục I"), lines, one, two);
            sheet(workbook.createSheet("Phụ lục II"), lines, two, lines.length);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(Sheet sheet, String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            Row row = sheet.createRow(i - from);
            String[] cells = lines[i].split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].strip().matches("\\d+") && c > 0) {
                    row.createCell(c).setCellValue(Double.parseDouble(cells[c].strip()));
                } else {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
    }

    private static int indexOf(String[] lines, String value) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(value)) {
                return i;
            }
        }
        throw new IllegalStateException(value);
    }
}
