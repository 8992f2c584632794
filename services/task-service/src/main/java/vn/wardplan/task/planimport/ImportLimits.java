package vn.wardplan.task.planimport;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one plan document may weigh, in every dimension, checked before and while it is read, so that no ward's upload
 * can take task-service away from the others. A real plan is far inside every bound (Kế hoạch 86: 60 KB of text,
 * 570 lines, 63 table rows, 8 columns; its Word form 40 KB, 15 parts).
 *
 * @param maxUpload the file as sent (the multipart limit is set to the same)
 * @param maxParts the parts of a .docx or .xlsx (a zip)
 * @param maxExpanded the parts together once decompressed
 * @param maxExpansionRatio decompressed size over compressed size, for the whole file
 * @param maxChars characters of the plan's text form
 * @param maxLines lines of the text form
 * @param maxLineChars characters of one line (a paragraph or a table row)
 * @param maxCells cells of one table row, merged cells counted by the columns they span
 * @param maxRows rows of one table or sheet
 * @param maxSheets sheets of a workbook
 * @param timeLimit reading one document (not storing it)
 * @param perWard imports of one ward at the same time
 * @param perService imports at the same time in one task-service instance
 */
@ConfigurationProperties("wardplan.plan-import")
record ImportLimits(@DefaultValue("2MB") DataSize maxUpload, @DefaultValue("300") int maxParts,
        @DefaultValue("12MB") DataSize maxExpanded, @DefaultValue("100") int maxExpansionRatio,
        @DefaultValue("600000") int maxChars, @DefaultValue("20000") int maxLines, @DefaultValue("20000") int maxLineChars,
        @DefaultValue("64") int maxCells, @DefaultValue("5000") int maxRows, @DefaultValue("20") int maxSheets,
        @DefaultValue("10s") Duration timeLimit, @DefaultValue("1") int perWard, @DefaultValue("2") int perService) {

    /** The defaults, for code that reads documents outside Spring (tests, tools). */
    public static ImportLimits defaults() {
        return new ImportLimits(DataSize.ofMegabytes(2), 300, DataSize.ofMegabytes(12), 100, 600_000, 20_000, 20_000, 64, 5_000,
                20, Duration.ofSeconds(10), 1, 2);
    }
}
