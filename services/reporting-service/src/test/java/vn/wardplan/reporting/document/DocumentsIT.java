package vn.wardplan.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.reporting.FixedDay;
import vn.wardplan.reporting.ReportingEvents;

/**
 * The annual report and the reviews, downloaded and opened again: the Word document's administrative layout and
 * its appendix tables, the workbook's numbers as numbers, the PDF's text with every diacritic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestInfrastructure.class, FixedDay.class})
class DocumentsIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String AN_DUONG = "an-duong-" + RUN;
    static final String LE_CHAN = "le-chan-" + RUN;
    static final String LEADER = TestTokens.user("anduong.chutich", AN_DUONG, "ward-leader").sign();

    @LocalServerPort
    int port;

    @BeforeAll
    static void events() {
        ReportingEvents.sample(AN_DUONG, LE_CHAN);
        ReportingEvents.unit(AN_DUONG, "van-hoa-xa-hoi", "Phòng Văn hóa - Xã hội");
        ReportingEvents.explanation(AN_DUONG, "exp-" + AN_DUONG);
        // The People's Council raised the health-insurance target from 2027; 2026 was judged against "Trên 97".
        ReportingEvents.adjusted(AN_DUONG, "6", 6, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "Trên 97,5", ReportingEvents.FLOOR,
                "van-hoa-xa-hoi", "[{\"untilYear\":2026,\"byEndText\":null,\"yearlyText\":\"Trên 97\"}]");
    }

    byte[] download(String path, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return response.body();
    }

    void awaitEvents() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/reports/wards/" + AN_DUONG
                + "/dashboard?year=2026", LEADER).body()).contains("\"total\":3", "\"AT_RISK\":1", "\"ACHIEVED\":1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/reports/wards/" + AN_DUONG
                + "/periods?year=2026", LEADER).body()).contains("\"expected\":5"));
        // The leaders' overview lists the request still waiting ("chờ giải trình": answered, for the chairman to close).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/reports/wards/" + AN_DUONG
                + "/dashboard?year=2026", LEADER).body()).contains("\"explanations\":[{\"id\":\"exp-" + AN_DUONG, "\"status\":\"ANSWERED\""));
    }

    @Test
    void theAnnualWordReportHasTheAdministrativeLayoutAndBothAppendicesFilled() throws Exception {
        awaitEvents();
        byte[] docx = download("/api/reports/wards/" + AN_DUONG + "/annual-report?year=2026&format=docx", LEADER);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("ỦY BAN NHÂN DÂN", "PHƯỜNG AN DƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "An Dương, ngày 26 tháng 11 năm 2026", "Số:", "BÁO CÁO",
                    "Kết quả thực hiện Kế hoạch phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026", "Nơi nhận:",
                    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHỤ LỤC I", "PHỤ LỤC II",
                    "Thu ngân sách đạt 54 % dự toán.", "cần đạt 14,5 %/năm", "VI. YÊU CẦU GIẢI TRÌNH",
                    "- Về chỉ tiêu “Tỷ lệ người dân tham gia bảo hiểm y tế”: Trần Văn Hùng yêu cầu ngày 10/11/2026; Phòng Văn hóa - Xã hội"
                            + " trả lời trước ngày 17/11/2026; đã trả lời, chờ người yêu cầu kết thúc.",
                    "+ Hỏi (Trần Văn Hùng, 10/11/2026): Vì sao tỷ lệ tham gia bảo hiểm y tế 6 tháng chỉ đạt 96,9 %?",
                    "+ Trả lời (Phạm Thu Hà, 12/11/2026): Bảo hiểm xã hội chưa cập nhật danh sách học sinh. [kèm theo: Công văn 12/BHXH]");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> r.text() != null && !r.text().isEmpty())
                    .map(r -> r.getFontFamily()).distinct())
                    .containsOnly("Times New Roman");
            assertThat(doc.getAllPictures()).as("the growth chart").hasSize(1);

            XWPFTable appendixI = doc.getTables().get(2);
            XWPFTableRow grdp = row(appendixI, "Tổng giá trị sản phẩm trên địa bàn");
            assertThat(grdp.getCell(3).getText()).isEqualTo("14 - 15");
            assertThat(grdp.getCell(4).getText()).isEqualTo("112");
            assertThat(grdp.getCell(5).getText()).isEqualTo("Có nguy cơ không đạt");
            assertThat(row(appendixI, "Tỷ lệ người dân tham gia bảo hiểm y tế").getCell(4).getText()).isEqualTo("98,1");
            assertThat(row(appendixI, "Tỷ lệ người dân tham gia bảo hiểm y tế").getCell(3).getText())
                    .isEqualTo("Trên 97,5 (mục tiêu điều chỉnh từ năm 2027; đến năm 2026: Trên 97)");
            XWPFTable appendixII = doc.getTables().get(3);
            assertThat(row(appendixII, "Quản lý trật tự xây dựng đô thị").getCell(5).getText()).isEqualTo("Quá hạn");
            assertThat(row(appendixII, "Thực hiện các giải pháp phát triển thương mại, dịch vụ").getCell(5).getText())
                    .isEqualTo("Đã nộp báo cáo");
            assertThat(text).contains("V. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ", "PHỤ LỤC III",
                    "- Năm 2026 (hạn 16/12/2026): phải gửi 5; hoàn thành đúng hạn 3, hoàn thành quá hạn 1; chưa hoàn thành, trong hạn 0; chưa hoàn thành, quá hạn 1.");
            XWPFTable appendixIII = doc.getTables().get(4);
            XWPFTableRow economy = appendixIII.getRows().stream().filter(r -> r.getCell(0).getText().equals("Năm 2026")
                    && r.getCell(1).getText().equals("Phòng Kinh tế, Hạ tầng và Đô thị")).findFirst().orElseThrow();
            assertThat(economy.getTableCells().stream().map(XWPFTableCell::getText).toList().subList(2, 7))
                    .containsExactly("4", "2", "1", "0", "1");
        }
    }

    @Test
    void thePeriodsConsolidatedDraftNamesWhatEachUnitSentAndWhoHasNotReported() throws Exception {
        awaitEvents();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        ApiClient.Response early = api.get("/api/reports/wards/" + AN_DUONG + "/periods/2026/draft", LEADER);
        assertThat(early.status()).as("the units' deadline, 16/12, has not passed on 26/11").isEqualTo(409);
        assertThat(early.body()).contains("16/12/2026");
        assertThat(api.get("/api/reports/wards/" + AN_DUONG + "/periods/2031/draft", LEADER).status()).isEqualTo(404);

        byte[] docx = download("/api/reports/wards/" + AN_DUONG + "/periods/2026-6M/draft", LEADER);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("PHƯỜNG AN DƯƠNG", "BÁO CÁO", "6 tháng đầu năm 2026", "Dự thảo tổng hợp",
                    "I. TÌNH HÌNH GỬI BÁO CÁO", "phải gửi: 2; đã nhận 1 (đúng hạn 0, quá hạn 1); chưa nhận 1",
                    "IV. CÁC CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO", "Tỷ lệ người dân tham gia bảo hiểm y tế", "TM. ỦY BAN NHÂN DÂN");
            XWPFTable values = doc.getTables().get(1);
            XWPFTableRow grdp = row(values, "Tổng giá trị sản phẩm trên địa bàn");
            assertThat(grdp.getCell(2).getText()).isEqualTo("5,9");
            assertThat(grdp.getCell(3).getText()).isEqualTo("Chờ duyệt");
        }
    }

    @Test
    void theWorkbookHasBothAppendicesWithNumbersAsNumbers() throws Exception {
        awaitEvents();
        byte[] xlsx = download("/api/reports/wards/" + AN_DUONG + "/annual-report?year=2026&format=xlsx", LEADER);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Phụ lục I", "Phụ lục II", "Phụ lục III");
            Row total = null;
            for (Row row : book.getSheet("Phụ lục III")) {
                if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("Tổng cộng")
                        && row.getCell(0).getStringCellValue().equals("Năm 2026")) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            Row explanation = book.getSheet("Giải trình").getRow(2);
            assertThat(explanation.getCell(1).getStringCellValue()).isEqualTo("Trần Văn Hùng");
            assertThat(explanation.getCell(5).getStringCellValue()).isEqualTo("Đã trả lời");
            assertThat(explanation.getCell(6).getStringCellValue()).contains("Trả lời (Phạm Thu Hà, 12/11/2026)");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(1);
            Row bhyt = null;
            for (Row row : book.getSheet("Phụ lục I")) {
                if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("Tỷ lệ người dân tham gia bảo hiểm y tế")) {
                    bhyt = row;
                }
            }
            assertThat(bhyt).isNotNull();
            assertThat(bhyt.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(bhyt.getCell(5).getNumericCellValue()).isEqualTo(98.1);
            assertThat(bhyt.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0.##");
            assertThat(bhyt.getCell(6).getStringCellValue()).isEqualTo("Đạt");
            boolean overdue = false;
            for (Row row : book.getSheet("Phụ lục II")) {
                overdue |= row.getCell(2) != null && row.getCell(2).getStringCellValue().equals("Quản lý trật tự xây dựng đô thị")
                        && row.getCell(7).getStringCellValue().equals("Quá hạn");
            }
            assertThat(overdue).isTrue();
        }
    }

    @Test
    void thePdfCarriesItsFontAndEveryDiacritic() throws Exception {
        awaitEvents();
        byte[] pdf = download("/api/reports/wards/" + AN_DUONG + "/annual-report?year=2026&format=pdf", LEADER);
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Tổng giá trị sản phẩm trên địa bàn", "Có nguy cơ không đạt", "Thu ngân sách đạt 54 % dự toán.",
                "Quản lý trật tự xây dựng đô thị", "PHỤ LỤC II");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DejaVuSerif", "/FontFile2");
        reader.close();
    }

    @Test
    void theMidTermReviewComparesEveryYearSoFarAndBadRequestsAreRefused() throws Exception {
        awaitEvents();
        byte[] docx = download("/api/reports/wards/" + AN_DUONG + "/review?kind=midterm&format=docx", LEADER);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("BÁO CÁO SƠ KẾT GIỮA KỲ", "giai đoạn 2026 - 2030 (2026 - 2028)",
                    "Thực hiện 2026", "Thực hiện 2027", "Thực hiện 2028");
        }
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        ApiClient.Response badFormat = api.get("/api/reports/wards/" + AN_DUONG + "/annual-report?year=2026&format=odt", LEADER);
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.body()).contains("Định dạng không hỗ trợ");
        assertThat(api.get("/api/reports/wards/" + AN_DUONG + "/review?kind=weekly", LEADER).status()).isEqualTo(400);
        String leChan = TestTokens.user("lechan.vanphong", LE_CHAN, "ward-admin").sign();
        assertThat(api.get("/api/reports/wards/" + AN_DUONG + "/annual-report?year=2026&format=pdf", leChan).status())
                .isEqualTo(403);
    }

    private static XWPFTableRow row(XWPFTable table, String name) {
        return table.getRows().stream().filter(r -> r.getCell(1) != null && r.getCell(1).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + name));
    }
}
