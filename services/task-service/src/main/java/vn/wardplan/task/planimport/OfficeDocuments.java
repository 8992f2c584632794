package vn.wardplan.task.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns the Word and Excel forms of a plan into the text form {@link PlanTextReader} reads: a paragraph is a
 * line, a table row is its cells joined by tabs (a merged cell keeps its columns), a sheet is its rows. So the
 * three forms of one document import to the same result. Uses Apache POI.
 */
public final class OfficeDocuments {

    private static final int MAX_SPAN = 64;

    private OfficeDocuments() {
    }

    /** A .docx plan: body paragraphs and the appendices' tables, in document order. */
    public static String docxToText(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        text.append(String.join("\t", cells(row))).append('\n');
                    }
                    text.append('\n');
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new PlanFormatException("Không mở được tệp Word (.docx): " + e.getMessage());
        }
    }

    /** A .xlsx plan: one sheet per appendix, each starting with the appendix's title rows. */
    public static String xlsxToText(byte[] content) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).replace('\n', ' '));
                    }
                    text.append(String.join("\t", cells)).append('\n');
                }
                text.append('\n');
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new PlanFormatException("Không mở được tệp Excel (.xlsx): " + e.getMessage());
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getText().replace('\n', ' ').replace('\t', ' '));
            var properties = cell.getCTTc().getTcPr();
            if (properties != null && properties.getGridSpan() != null) {
                // A span is the document's word, not a loop bound to trust: a table has at most a few dozen columns.
                int span = Math.min(properties.getGridSpan().getVal().intValue(), MAX_SPAN);
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
            }
        }
        return cells;
    }
}
