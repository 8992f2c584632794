package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The templates the import page offers (web/public/assets/templates) are plans the reader reads whole: every row, no
 * warning, every target typed — so an office that fills them in gets what it wrote.
 */
class PlanTemplatesTest {

    static final Path TEMPLATES = Path.of("../../web/public/assets/templates");

    @Test
    void bothTemplatesReadWithoutAWarningAndTypeEveryTarget() throws IOException {
        for (String file : List.of("ke-hoach-mau.docx", "ke-hoach-mau.xlsx")) {
            byte[] content = Files.readAllBytes(TEMPLATES.resolve(file));
            ParsedPlan plan = PlanTextReader.read(file.endsWith(".docx") ? OfficeDocuments.docxToText(content)
                    : OfficeDocuments.xlsxToText(content));

            assertThat(plan.header().number()).as(file).isEqualTo("01/KH-UBND");
            assertThat(plan.indicators()).as(file).hasSize(7);
            assertThat(plan.tasks()).as(file).hasSize(4);
            assertThat(plan.warnings()).as(file).isEmpty();
            assertThat(plan.indicators().stream().filter(r -> r.parentPosition() != null)).as(file).hasSize(1);
            for (ParsedPlan.IndicatorRow row : plan.indicators()) {
                TargetReader.Reading reading = TargetReader.read(row.byEndText(), row.yearlyText(), row.name(), plan.header().endYear());
                assertThat(reading.unread()).as("%s %s", file, row.name()).isEmpty();
                assertThat(reading.target()).as("%s %s", file, row.name()).isNotNull();
            }
        }
    }
}
