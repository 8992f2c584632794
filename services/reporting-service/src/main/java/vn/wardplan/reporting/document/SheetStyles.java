package vn.wardplan.reporting.document;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbooks the office downloads beside the reports (the comparison, the change log): bold
 * wrapped heads, wrapped text and numbers the Vietnamese way, in Times New Roman.
 */
public record SheetStyles(CellStyle head, CellStyle text, CellStyle number) {

    public static SheetStyles of(Workbook book) {
        Font bold = book.createFont();
        bold.setFontName("Times New Roman");
        bold.setBold(true);
        Font plain = book.createFont();
        plain.setFontName("Times New Roman");
        CellStyle head = book.createCellStyle();
        head.setFont(bold);
        head.setWrapText(true);
        CellStyle text = book.createCellStyle();
        text.setFont(plain);
        text.setWrapText(true);
        CellStyle number = book.createCellStyle();
        number.setFont(plain);
        number.setDataFormat(book.createDataFormat().getFormat("[$-42A]#,##0.##"));
        return new SheetStyles(head, text, number);
    }

    /** A text cell; an absent value is an empty cell. */
    public static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }
}
