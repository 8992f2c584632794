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
 * three forms of one document import to the same result. Uses Apache POI, and only after {@link ZipGuard} has
 * bounded what the file decompresses to; the text is built within {@link ImportLimits} ({@link BoundedText}).
 */
final class OfficeDocuments {

    private OfficeDocuments() {
    }

    /** A .docx plan within the default limits (tests and tools). */
    public static String docxToText(byte[] content) {
        return docxToText(content, ImportLimits.defaults());
    }

    /** A .xlsx plan within the default limits (tests and tools). */
    public static String xlsxToText(byte[] content) {
        return xlsxToText(content, ImportLimits.defaults());
    }

    /** A .docx plan: body paragraphs and the appendices' tables, in document order. */
    public static String docxToText(byte[] content, ImportLimits limits) {
        ZipGuard.check(content, limits);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            BoundedText text = new BoundedText(limits);
            int tables = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.line(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    tables++;
                    text.rows(table.getNumberOfRows(), "bảng thứ " + tables);
                    int r = 0;
                    for (XWPFTableRow row : table.getRows()) {
                        r++;
                        text.line(String.join("\t", cells(row, text, "hàng " + r + " của bảng thứ " + tables)));
                    }
                    text.line("");
                }
            }
            return text.toString();
        } catch (DocumentTooLargeException | PlanFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PlanFormatException("Không mở được tệp Word (.docx): " + e.getMessage());
        }
    }

    /** A .xlsx plan: one sheet per appendix, each starting with its title rows. */
    public static String xlsxToText(byte[] content, ImportLimits limits) {
        ZipGuard.check(content, limits);
        DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() > limits.maxSheets()) {
                throw new DocumentTooLargeException("bảng tính có " + workbook.getNumberOfSheets() + " trang tính (tối đa "
                        + limits.maxSheets() + ")");
            }
            BoundedText text = new BoundedText(limits);
            for (Sheet sheet : workbook) {
                text.rows(sheet.getPhysicalNumberOfRows(), "trang tính \"" + sheet.getSheetName() + "\"");
                for (Row row : sheet) {
                    text.line(String.join("\t", cells(row, formatter, text, sheet.getSheetName())));
                }
                text.line("");
            }
            return text.toString();
        } catch (DocumentTooLargeException | PlanFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PlanFormatException("Không mở được tệp Excel (.xlsx): " + e.getMessage());
        }
    }

    /** A row's cells in column order; only the cells the sheet stores are visited, so a far-away cell costs nothing. */
    private static List<String> cells(Row row, DataFormatter formatter, BoundedText text, String sheet) {
        String[] cells = new String[0];
        for (Cell cell : row) {
            String value = formatter.formatCellValue(cell).replace('\n', ' ').replace('\t', ' ');
            if (value.isBlank()) {
                continue;
            }
            int column = cell.getColumnIndex();
            text.cells(column + 1, "hàng " + (row.getRowNum() + 1) + " của trang tính \"" + sheet + "\"");
            if (column >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, column + 1);
            }
            cells[column] = value;
        }
        List<String> values = new ArrayList<>(cells.length);
        for (String cell : cells) {
            values.add(cell == null ? "" : cell);
        }
        return values;
    }

    private static List<String> cells(XWPFTableRow row, BoundedText text, String where) {
        List<String> cells = new ArrayList<>();
        long width = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            var properties = cell.getCTTc().getTcPr();
            // A span is the document's word, not a loop bound to trust: it is counted against the limit first.
            long span = properties != null && properties.getGridSpan() != null
                    ? Math.max(1, properties.getGridSpan().getVal().longValue()) : 1;
            width += span;
            text.cells((int) Math.min(Integer.MAX_VALUE, width), where);
            cells.add(cell.getText().replace('\n', ' ').replace('\t', ' '));
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
    }
}
