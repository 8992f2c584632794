package vn.wardplan.task.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a .docx or .xlsx (a zip) before Apache POI opens it: the number of parts and what they decompress to,
 * counted while decompressing (not from the sizes the file declares), so a small file that would expand a
 * hundredfold is refused after reading at most the limit.
 */
final class ZipGuard {

    private ZipGuard() {
    }

    static void check(byte[] content, ImportLimits limits) {
        long maxExpanded = limits.maxExpanded().toBytes();
        long ratioBound = (long) content.length * limits.maxExpansionRatio();
        long expanded = 0;
        int parts = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++parts > limits.maxParts()) {
                    throw new DocumentTooLargeException("tệp có hơn " + limits.maxParts() + " phần nén");
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    expanded += read;
                    if (expanded > maxExpanded) {
                        throw new DocumentTooLargeException("tệp giải nén ra hơn " + limits.maxExpanded().toMegabytes() + " MB");
                    }
                    if (expanded > ratioBound && expanded > 1_000_000) {
                        throw new DocumentTooLargeException("tệp giải nén ra gấp hơn " + limits.maxExpansionRatio()
                                + " lần kích thước của nó");
                    }
                }
                if (entry.getName().contains("..") || entry.getName().startsWith("/")) {
                    throw new PlanFormatException("Tệp có phần nén mang tên không hợp lệ (\"" + PlanTextReader.shorten(entry.getName()) + "\").");
                }
            }
        } catch (IOException e) {
            throw new PlanFormatException("Không mở được tệp nén (.docx/.xlsx): " + e.getMessage());
        }
    }
}
