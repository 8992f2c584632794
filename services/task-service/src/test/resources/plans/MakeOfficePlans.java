// Writes the Word and Excel plan documents next to this file, once: they are test documents kept as written
// (run: java -cp <poi jars> MakeOfficePlans.java <folder> [<templates folder>]). Not part of the build; the test
// documents are never written again once committed.
import java.io.FileOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

public class MakeOfficePlans {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        word(folder.resolve("phuong-hoa-binh-112-KH-UBND.docx"));
        workbook(folder.resolve("xa-quang-minh-09-KH-UBND.xlsx"));
        if (args.length > 1) {
            templates(Path.of(args[1]));
        }
    }

    static final String[] INDICATOR_HEADER = {"STT", "Tên chỉ tiêu", "Đơn vị tính", "Đến năm 2030", "Bình quân năm",
        "Lãnh đạo UBND chỉ đạo", "Đơn vị tham mưu", "Ghi chú"};
    static final String[][] INDICATOR_ROWS = {
        {"I. NHÓM CHỈ TIÊU KINH TẾ"},
        {"1", "Tổng giá trị sản phẩm trên địa bàn", "%", "", "14 - 15", "Phó Chủ tịch UBND phụ trách kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị", "Tăng bình quân: ghi khoảng"},
        {"2", "Tỷ lệ giải ngân vốn đầu tư công", "%", "100", "Tối thiểu 95", "Chủ tịch UBND", "Ban Quản lý dự án đầu tư xây dựng", "Có cả mức 2030 và mức hằng năm"},
        {"II. NHÓM CHỈ TIÊU XÃ HỘI"},
        {"3", "Tỷ lệ hộ nghèo", "%", "0", "Giảm hàng năm", "Phó Chủ tịch UBND phụ trách văn hóa - xã hội", "Phòng Văn hóa - Xã hội", ""},
        {"4", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "", "Trên 95", "Phó Chủ tịch UBND phụ trách văn hóa - xã hội", "Phòng Văn hóa - Xã hội", "Trên: cao hơn hẳn mức"},
        {"", "+ Tỷ lệ trẻ em dưới 6 tuổi có thẻ bảo hiểm y tế", "%", "", "100", "", "", "Chỉ tiêu con: không ghi số thứ tự"},
        {"5", "Tỷ lệ hộ cận nghèo", "%", "Dưới 1", "", "Phó Chủ tịch UBND phụ trách văn hóa - xã hội", "Phòng Văn hóa - Xã hội", ""},
        {"III. NHÓM CHỈ TIÊU QUỐC PHÒNG - AN NINH"},
        {"6", "Xây dựng và giữ vững địa bàn không ma túy", "Mô hình", "", "Duy trì", "Chủ tịch UBND", "Công an", ""},
    };
    static final String[] TASK_HEADER = {"STT", "Nhiệm vụ", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp",
        "Kết quả/sản phẩm", "Lãnh đạo UBND chỉ đạo"};
    static final String[][] TASK_ROWS = {
        {"I. LĨNH VỰC KINH TẾ"},
        {"1", "Triển khai các giải pháp phát triển kinh tế", "2026 - 2030", "Phòng Kinh tế, Hạ tầng và Đô thị", "Các cơ quan, đơn vị liên quan", "Báo cáo kết quả thực hiện hằng năm", "Phó Chủ tịch UBND phụ trách kinh tế"},
        {"2", "Xây dựng đề án phát triển thương mại, dịch vụ", "2027", "Phòng Kinh tế, Hạ tầng và Đô thị", "Văn phòng HĐND và UBND", "Đề án được phê duyệt", "Chủ tịch UBND"},
        {"II. LĨNH VỰC VĂN HÓA - XÃ HỘI"},
        {"3", "Tổ chức Đại hội thể dục thể thao", "2028; 2030", "Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công; các Tổ dân phố", "Đại hội được tổ chức", "Phó Chủ tịch UBND phụ trách văn hóa - xã hội"},
        {"III. LĨNH VỰC QUỐC PHÒNG - AN NINH"},
        {"4", "Bảo đảm an ninh trật tự trên địa bàn", "Hằng năm", "Công an", "Ban Chỉ huy quân sự", "Báo cáo kết quả thực hiện", "Chủ tịch UBND"},
    };

    /**
     * The plan templates the import page offers (Word and Excel): the layout the reader understands, with a row of
     * each usual target wording and each kind of period; an office replaces the rows with its own.
     */
    static void templates(Path folder) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : new String[] {"ỦY BAN NHÂN DÂN PHƯỜNG (XÃ) …", "Số: 01/KH-UBND", "…, ngày 15 tháng 3 năm 2026",
                    "KẾ HOẠCH", "Phát triển kinh tế - xã hội, quốc phòng - an ninh phường (xã) … giai đoạn 2026 - 2030",
                    "(Nội dung kế hoạch. Các chỉ tiêu và nhiệm vụ ghi trong hai phụ lục dưới đây; mỗi cột được nhận theo tên ở hàng tiêu đề, thứ tự cột tùy ý.)",
                    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A", "PHỤ LỤC I", "CÁC CHỈ TIÊU CHỦ YẾU",
                    "(Kèm theo Kế hoạch số 01/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân phường (xã) …)"}) {
                doc.createParagraph().createRun().setText(line);
            }
            table(doc, INDICATOR_HEADER, INDICATOR_ROWS);
            for (String line : new String[] {"", "PHỤ LỤC II", "CÁC NHIỆM VỤ TRỌNG TÂM",
                    "(Kèm theo Kế hoạch số 01/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân phường (xã) …)"}) {
                doc.createParagraph().createRun().setText(line);
            }
            table(doc, TASK_HEADER, TASK_ROWS);
            try (FileOutputStream out = new FileOutputStream(folder.resolve("ke-hoach-mau.docx").toFile())) {
                doc.write(out);
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            sheet(book.createSheet("Phụ lục I"), "PHỤ LỤC I - CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030", INDICATOR_HEADER, INDICATOR_ROWS);
            sheet(book.createSheet("Phụ lục II"), "PHỤ LỤC II - CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026 - 2030", TASK_HEADER, TASK_ROWS);
            try (FileOutputStream out = new FileOutputStream(folder.resolve("ke-hoach-mau.xlsx").toFile())) {
                book.write(out);
            }
        }
    }

    static void table(XWPFDocument doc, String[] header, String[][] rows) {
        XWPFTable table = doc.createTable(1, header.length);
        row(table.getRow(0), header);
        for (String[] r : rows) {
            XWPFTableRow added = table.createRow();
            String[] cells = new String[header.length];
            java.util.Arrays.fill(cells, "");
            System.arraycopy(r, 0, cells, 0, r.length);
            row(added, cells);
        }
    }

    static void sheet(Sheet sheet, String title, String[] header, String[][] rows) {
        put(sheet, 0, title);
        put(sheet, 1, "(Kèm theo Kế hoạch số 01/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân phường (xã) …)");
        put(sheet, 3, (Object[]) header);
        for (int i = 0; i < rows.length; i++) {
            put(sheet, 4 + i, (Object[]) rows[i]);
        }
    }

    // Phường Hòa Bình: "Phụ lục số 1" with its title on the next line, a two-line header with merged cells, the
    // advising unit before the unit of measure, group rows as "I" in a cell of their own, tasks with the output
    // before the period and "Phân công" spanning lead and coordinating units, a group row spanning the table.
    static void word(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : new String[] {"ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH", "Số: 112/KH-UBND", "Hòa Bình, ngày 20 tháng 01 năm 2026",
                    "KẾ HOẠCH", "Phát triển kinh tế - xã hội phường Hòa Bình giai đoạn 2026 - 2030",
                    "Ủy ban nhân dân phường ban hành Kế hoạch thực hiện các mục tiêu phát triển kinh tế - xã hội như sau.",
                    "Các đơn vị báo cáo kết quả định kỳ về Văn phòng HĐND và UBND phường.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                    "Trần Thị Mai", "Phụ lục số 1", "DANH MỤC CHỈ TIÊU CHỦ YẾU",
                    "(Kèm theo Kế hoạch số 112/KH-UBND ngày 20 tháng 01 năm 2026 của UBND phường Hòa Bình)"}) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable indicators = doc.createTable(1, 7);
            row(indicators.getRow(0), "TT", "Tên chỉ tiêu", "Đơn vị tham mưu", "ĐVT", "Mục tiêu", "", "Lãnh đạo phụ trách");
            span(indicators.getRow(0), 4, 2);
            XWPFTableRow second = indicators.createRow();
            row(second, "", "", "", "", "Năm 2030", "Bình quân/năm", "");
            for (int c : new int[] {0, 1, 2, 3, 6}) {
                vmerge(indicators.getRow(0).getCell(c == 6 ? 5 : c), true);
                vmerge(second.getCell(c), false);
            }
            String[][] rows = {
                {"I", "Nhóm chỉ tiêu kinh tế", "", "", "", "", ""},
                {"1", "Tổng sản phẩm trên địa bàn (GRDP) tăng bình quân", "Phòng KT-HT-ĐT", "%", "", "12", "Chủ tịch UBND phường"},
                {"2", "Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao", "BQL dự án ĐTXD phường", "%", "100", "Tối thiểu 95", "Chủ tịch UBND phường"},
                {"II", "Nhóm chỉ tiêu xã hội", "", "", "", "", ""},
                {"3", "Tỷ lệ bao phủ bảo hiểm y tế", "P.VH-XH", "%", "", "Trên 96", "Phó Chủ tịch UBND phường"},
                {"4", "Tỷ lệ hộ cận nghèo", "P.VH-XH", "%", "Dưới 1", "", "Phó Chủ tịch UBND phường"},
                {"5", "Giữ vững danh hiệu phường đạt chuẩn đô thị văn minh", "Văn phòng UBND phường", "Danh hiệu", "", "Giữ vững", "Chủ tịch UBND phường"},
                {"III", "Nhóm chỉ tiêu quốc phòng - an ninh", "", "", "", "", ""},
                {"6", "Hoàn thành chỉ tiêu tuyển quân", "BCHQS phường", "%", "100", "100", "Chủ tịch UBND phường"},
                {"7", "Tỷ lệ tin báo tội phạm được giải quyết", "Công an phường", "%", "", "90% trở lên", "Chủ tịch UBND phường"},
            };
            for (String[] r : rows) {
                XWPFTableRow added = indicators.createRow();
                row(added, r);
            }
            for (String line : new String[] {"", "PHỤ LỤC SỐ 2", "CÁC NHIỆM VỤ TRỌNG TÂM",
                    "(Kèm theo Kế hoạch số 112/KH-UBND ngày 20/01/2026 của UBND phường Hòa Bình)"}) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable tasks = doc.createTable(1, 7);
            row(tasks.getRow(0), "STT", "Tên nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Phân công", "", "Lãnh đạo chỉ đạo");
            span(tasks.getRow(0), 4, 2);
            XWPFTableRow sub = tasks.createRow();
            row(sub, "", "", "", "", "Chủ trì", "Phối hợp", "");
            for (int c : new int[] {0, 1, 2, 3, 6}) {
                vmerge(tasks.getRow(0).getCell(c == 6 ? 5 : c), true);
                vmerge(sub.getCell(c), false);
            }
            String[][] taskRows = {
                {"A. LĨNH VỰC KINH TẾ"},
                {"1", "Thu hút đầu tư vào các tuyến phố thương mại", "Báo cáo kết quả thực hiện", "2026 - 2030", "Phòng KT-HT-ĐT", "Các phòng, ban liên quan", "Chủ tịch UBND phường"},
                {"2", "Lập đề án chỉnh trang đô thị", "Đề án", "2027", "Phòng KT-HT-ĐT", "BQL dự án ĐTXD phường", "Chủ tịch UBND phường"},
                {"B. LĨNH VỰC XÃ HỘI"},
                {"3", "Phát triển bảo hiểm y tế hộ gia đình", "Báo cáo định kỳ", "Hằng năm", "P.VH-XH", "Trạm Y tế phường; các TDP", "Phó Chủ tịch UBND phường"},
                {"4", "Xây dựng trường học đạt chuẩn mức độ 2", "Trường đạt chuẩn", "2026 - 2030", "P.VH-XH", "Các trường; Phòng KT-HT-ĐT", "Phó Chủ tịch UBND phường"},
                {"C. LĨNH VỰC QUỐC PHÒNG - AN NINH"},
                {"5", "Xây dựng lực lượng dân quân", "Báo cáo kết quả", "2026 - 2030", "BCHQS phường", "Công an phường", "Chủ tịch UBND phường"},
                {"6", "Bảo đảm trật tự an toàn giao thông", "Báo cáo kết quả", "2026 - 2030", "Công an phường", "Các tổ dân phố", "Chủ tịch UBND phường"},
            };
            for (String[] r : taskRows) {
                XWPFTableRow added = tasks.createRow();
                if (r.length == 1) {
                    row(added, r[0], "", "", "", "", "", "");
                    while (added.getTableCells().size() > 1) {
                        added.removeCell(1);
                    }
                    added.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(7));
                } else {
                    row(added, r);
                }
            }
            try (FileOutputStream out = new FileOutputStream(file.toFile())) {
                doc.write(out);
            }
        }
    }

    // Xã Quang Minh: appendices as sheets, the heading and its title on one line, the date as dd/mm/yyyy, numbers as
    // numbers, group rows "I." in a cell of their own, the leader after the advising unit, sub-rows "-".
    static void workbook(Path file) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet one = book.createSheet("PL1");
            put(one, 0, "PHỤ LỤC I - CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030");
            one.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            put(one, 1, "(Kèm theo Kế hoạch số 09/KH-UBND ngày 15/01/2026 của UBND xã Quang Minh)");
            put(one, 3, "STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu đến năm 2030", "Chỉ tiêu bình quân hằng năm", "Cơ quan chủ trì tham mưu", "Lãnh đạo chỉ đạo", "Ghi chú");
            put(one, 4, "I.", "Kinh tế");
            put(one, 5, 1, "Thu nhập bình quân đầu người tăng", "%", null, "9 - 10", "Phòng Kinh tế", "Phó Chủ tịch UBND xã");
            put(one, 6, 2, "Giá trị sản xuất nông nghiệp trên 1 ha", "Triệu đồng", 250, null, "Phòng Kinh tế", "Phó Chủ tịch UBND xã");
            put(one, 7, "II.", "Văn hóa - xã hội");
            put(one, 8, 3, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", null, "Giảm hàng năm", "Trạm Y tế", "Phó Chủ tịch UBND xã");
            put(one, 9, 4, "Tỷ lệ gia đình đạt danh hiệu văn hóa", "%", null, "Không thấp hơn 90", "Phòng Văn hóa - Xã hội", "Phó Chủ tịch UBND xã");
            put(one, 10, "-", "Tỷ lệ thôn đạt danh hiệu văn hóa", "%", null, 80.5, "", "");
            put(one, 11, 5, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", null, 99.5, "Phòng VH-XH", "Phó Chủ tịch UBND xã");
            put(one, 12, "III.", "Quốc phòng - an ninh");
            put(one, 13, 6, "Xã đạt tiêu chuẩn an toàn về an ninh trật tự", "Danh hiệu", "Đạt", null, "Công an xã", "Chủ tịch UBND xã");

            Sheet two = book.createSheet("PL2");
            put(two, 0, "PHỤ LỤC II: NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026 - 2030");
            two.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            put(two, 1, "(Kèm theo Kế hoạch số 09/KH-UBND ngày 15/01/2026 của UBND xã Quang Minh)");
            put(two, 3, "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Kết quả", "Lãnh đạo UBND xã phụ trách");
            put(two, 4, "I.", "Kinh tế");
            put(two, 5, 1, "Chuyển đổi cơ cấu cây trồng", "Phòng Kinh tế", "Các thôn", "2026 - 2030", "Báo cáo kết quả thực hiện", "Phó Chủ tịch UBND xã");
            put(two, 6, 2, "Xây dựng quy hoạch vùng sản xuất tập trung", "Phòng Kinh tế", "Ban Quản lý dự án", "2026", "Quy hoạch được phê duyệt", "Phó Chủ tịch UBND xã");
            put(two, 7, "II.", "Văn hóa - xã hội");
            put(two, 8, 3, "Nâng cao chất lượng khám chữa bệnh tại trạm y tế", "Trạm Y tế", "Phòng Văn hóa - Xã hội", "2026 - 2030", "Báo cáo", "Phó Chủ tịch UBND xã");
            put(two, 9, 4, "Duy trì phong trào toàn dân đoàn kết xây dựng đời sống văn hóa", "Phòng Văn hóa - Xã hội", "UBMTTQ xã", "Hằng năm", "Báo cáo hằng năm", "Phó Chủ tịch UBND xã");
            put(two, 10, "III.", "Quốc phòng - an ninh");
            put(two, 11, 5, "Xây dựng xã an toàn về an ninh trật tự", "Công an xã", "Ban Chỉ huy Quân sự xã", "2026 - 2030", "Báo cáo kết quả thực hiện", "Chủ tịch UBND xã");
            try (FileOutputStream out = new FileOutputStream(file.toFile())) {
                book.write(out);
            }
        }
    }

    static void row(XWPFTableRow row, String... texts) {
        while (row.getTableCells().size() < texts.length) {
            row.addNewTableCell();
        }
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }

    /** The cell at {@code at} spans {@code span} grid columns: the cells it covers are removed, as Word does. */
    static void span(XWPFTableRow row, int at, int span) {
        for (int i = 1; i < span; i++) {
            row.removeCell(at + 1);
        }
        row.getCell(at).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
    }

    static void vmerge(XWPFTableCell cell, boolean restart) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(restart ? STMerge.RESTART : STMerge.CONTINUE);
    }

    static void put(Sheet sheet, int r, Object... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(c).setCellValue((String) v);
            }
        }
    }
}
