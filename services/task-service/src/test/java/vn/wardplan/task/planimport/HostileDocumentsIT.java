package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/**
 * Documents crafted against each limit of the plan import, uploaded by a ward-admin in one run: each is refused with
 * problem details naming the limit, and task-service is still there for everyone afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class HostileDocumentsIT {

    @LocalServerPort
    int port;

    final String admin = TestTokens.user("hostile.vanphong", "hostile-" + java.util.UUID.randomUUID().toString().substring(0, 6),
            "ward-admin").sign();

    ApiClient.Response upload(String name, byte[] content) {
        return new ApiClient("http://127.0.0.1:" + port).postFile("/api/plans/import", admin, name, content);
    }

    static void refusedNaming(ApiClient.Response response, int status, String words) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(words);
    }

    /** The 1 KB .docx that made task-service die of OutOfMemoryError: a table cell spanning 2^31 - 1 columns. */
    static byte[] spanBomb() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(1, 1);
            table.getRow(0).getCell(0).setText("STT");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(Integer.MAX_VALUE));
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A zip of the given entries; {@code size} bytes of one repeated byte each (a run that compresses a thousandfold). */
    static byte[] zip(int entries, int size) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] run = new byte[size];
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                zip.write(run);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] workbook(int rows, int column) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("PL1");
            for (int r = 0; r < rows; r++) {
                sheet.createRow(r).createCell(r == 0 ? column : 0).setCellValue("x");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void everyCraftedDocumentIsRefusedNamingItsLimitAndTheServiceStaysUpForEveryone() throws Exception {
        byte[] spanBomb = spanBomb();
        assertThat(spanBomb.length).isLessThan(8_000);
        refusedNaming(upload("bang-gop.docx", spanBomb), 422, "2147483647 ô (tối đa 64)");

        byte[] expanding = zip(1, 40_000_000);
        assertThat(expanding.length).isLessThan(100_000);
        refusedNaming(upload("nen.docx", expanding), 422, "giải nén ra");
        refusedNaming(upload("nhieu-phan.xlsx", zip(400, 10)), 422, "hơn 300 phần nén");
        refusedNaming(upload("cot-xa.xlsx", workbook(1, 5_000)), 422, "5001 ô (tối đa 64)");
        refusedNaming(upload("dai.xlsx", workbook(5_001, 0)), 422, "5001 hàng (tối đa 5000)");

        refusedNaming(upload("dong-dai.txt", ("KẾ HOẠCH\n" + "a".repeat(30_000)).getBytes(StandardCharsets.UTF_8)), 422,
                "dòng 2 có 30000 ký tự");
        refusedNaming(upload("nhieu-dong.txt", "x\n".repeat(25_000).getBytes(StandardCharsets.UTF_8)), 422, "hơn 20000 dòng");
        refusedNaming(upload("qua-lon.txt", new byte[2_500_000]), 413, "quá lớn");
        refusedNaming(new ApiClient("http://127.0.0.1:" + port).postFile("/api/plans/import?dryRun=false", admin, "qua-lon.txt",
                new byte[2_500_000]), 413, "quá lớn");

        // Lines built to make a careless pattern back-track: each is read in one pass and refused as "no table".
        String backtracking = "Kèm theo Kế hoạch số" + " *".repeat(9_000) + "\n" + "1".repeat(19_000) + "\n"
                + "Phòng" + " -".repeat(9_000) + "\n";
        refusedNaming(upload("lap.txt", backtracking.getBytes(StandardCharsets.UTF_8)), 400, "Không tìm thấy Phụ lục I");

        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        assertThat(api.get("/api/units", TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign()).status())
                .isEqualTo(200);
        ApiClient.Response seed = upload("ke-hoach-86.txt",
                Files.readAllBytes(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt")));
        assertThat(seed.status()).as(seed.body()).isEqualTo(200);
    }
}
