package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The targets plans state in their body and not in Phụ lục I, read from three plans as written. */
class BodyTargetsTest {

    static ParsedPlan read(String path) throws IOException {
        return PlanTextReader.read(Files.readString(Path.of(path)));
    }

    @Test
    void anDuongsBodyStatesFourTargetsItsAppendixLacks() throws IOException {
        List<BodyTarget> found = read("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt").bodyTargets();
        assertThat(found).extracting(BodyTarget::name).contains(
                "Tỷ lệ người dân luyện tập thể dục thể thao thường xuyên",
                "Tỷ lệ hồ sơ giải quyết đúng và trước hạn",
                "Mức độ hài lòng",
                "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số cơ bản");
        BodyTarget sport = byName(found, "Tỷ lệ người dân luyện tập thể dục thể thao thường xuyên");
        assertThat(sport.targetText()).isEqualTo("Trên 45");
        assertThat(sport.target().kind()).isEqualTo("FLOOR");
        assertThat(sport.line()).isEqualTo(181);
        BodyTarget digital = byName(found, "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số cơ bản");
        assertThat(digital.target().kind()).isEqualTo("VALUE_BY_YEAR");
        assertThat(digital.target().year()).isEqualTo(2026);
        assertThat(digital.targetText()).isEqualTo("100 (năm 2026)");
        assertThat(byName(found, "Mức độ hài lòng").targetText()).isEqualTo("Trên 95");
        // Stated in the appendix too (row 14): left to the appendix.
        assertThat(found).extracting(BodyTarget::name).noneMatch(n -> n.contains("khám phá án"));
        assertThat(found).extracting(BodyTarget::key).doesNotHaveDuplicates();
    }

    @Test
    void plansWhoseBodyRepeatsTheirAppendixOfferNothing() throws IOException {
        assertThat(read("src/test/resources/plans/xa-tan-tien-57-KH-UBND.txt").bodyTargets()).isEmpty();
        assertThat(read("../../deploy/demo/plans/le-chan-45-KH-UBND-2026.txt").bodyTargets()).isEmpty();
    }

    @Test
    void theKeyStaysWhileTheWordingStays() throws IOException {
        String text = Files.readString(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt"));
        List<BodyTarget> once = PlanTextReader.read(text).bodyTargets();
        List<BodyTarget> moved = PlanTextReader.read(text.replace("I. MỤC ĐÍCH", "\nI. MỤC ĐÍCH")).bodyTargets();
        assertThat(moved).extracting(BodyTarget::key).isEqualTo(once.stream().map(BodyTarget::key).toList());
    }

    private static BodyTarget byName(List<BodyTarget> found, String name) {
        return found.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }
}
