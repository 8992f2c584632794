package vn.wardplan.task.deliverable;

import vn.wardplan.task.task.ReportingMode;
import vn.wardplan.task.task.Deliverable;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.task.regime.ReportingRegime;
import vn.wardplan.task.task.Task;
import vn.wardplan.task.task.UnitRef;

/**
 * A ward stored before period reports (one "final" deliverable per task, yearly ones for "hằng năm") moves on start:
 * every progress report, submission, acceptance and reschedule survives, the untouched end-of-term deliverables give
 * way to period reports, and a second run changes nothing.
 */
@SpringBootTest
@Import(TestInfrastructure.class)
class PeriodReportsMoveIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PeriodReportsMove move;

    static final Instant AT = Instant.parse("2026-09-10T03:00:00Z");

    @Test
    void anExistingWardMovesToPeriodReportsWithoutLosingAnythingRecorded() {
        String ward = "old-" + UUID.randomUUID().toString().substring(0, 8);
        UnitRef lead = new UnitRef("kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị", "EXACT");
        Deliverable untouched = Deliverable.planned("final", 2030, LocalDate.of(2030, 11, 30));
        Deliverable reported = Deliverable.planned("final", 2030, LocalDate.of(2030, 11, 30))
                .report(new Deliverable.Progress(AT, "anduong.kinhte", lead.code(), "Đã rà soát 18 dự án", 40, List.of()));
        Deliverable accepted = Deliverable.planned("2026", 2026, LocalDate.of(2026, 11, 30))
                .report(new Deliverable.Progress(AT, "anduong.kinhte", lead.code(), "Hoàn thành kế hoạch 2026", 100, List.of()))
                .moveTo(Deliverable.Status.SUBMITTED, null).moveTo(Deliverable.Status.ACCEPTED, null);
        Deliverable rescheduled = Deliverable.planned("2027", 2027, LocalDate.of(2027, 11, 30))
                .reschedule(LocalDate.of(2027, 12, 28), "Chờ số liệu của thành phố", AT, "anduong.vanphong");
        Deliverable yearly2028 = Deliverable.planned("2028", 2028, LocalDate.of(2028, 11, 30));
        mongo.save(old(ward, "1", "Báo cáo kết quả thực hiện", lead, List.of(untouched)));
        mongo.save(old(ward, "2", "Báo cáo kết quả thực hiện", lead, List.of(reported)));
        mongo.save(old(ward, "3", "Báo cáo tổng hợp hằng năm", lead, List.of(accepted, rescheduled, yearly2028)));

        move.run(null);

        Task first = task(ward, "1");
        assertThat(first.reporting().cadence()).isEqualTo(ReportingMode.Cadence.PERIODIC);
        assertThat(first.deliverables()).extracting(Deliverable::id).startsWith("2026-6M", "2026", "2027-6M").doesNotContain("final");
        Task second = task(ward, "2");
        assertThat(second.deliverables()).filteredOn(d -> d.id().equals("final")).singleElement()
                .satisfies(d -> assertThat(d.progress()).extracting(Deliverable.Progress::text).containsExactly("Đã rà soát 18 dự án"));
        assertThat(second.deliverables()).extracting(Deliverable::id).contains("2026-6M", "2026", "2030");
        Task third = task(ward, "3");
        Deliverable kept2026 = third.deliverables().stream().filter(d -> d.id().equals("2026")).findFirst().orElseThrow();
        assertThat(kept2026.status()).isEqualTo(Deliverable.Status.ACCEPTED);
        assertThat(kept2026.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(kept2026.submittedOn()).isEqualTo(LocalDate.of(2026, 9, 10));
        Deliverable kept2027 = third.deliverables().stream().filter(d -> d.id().equals("2027")).findFirst().orElseThrow();
        assertThat(kept2027.dueDate()).isEqualTo(LocalDate.of(2027, 12, 28));
        assertThat(kept2027.reschedules()).hasSize(1);
        assertThat(third.deliverables()).filteredOn(d -> d.id().equals("2028")).singleElement()
                .extracting(Deliverable::dueDate).isEqualTo(LocalDate.of(2028, 12, 18));
        assertThat(mongo.findById(ward, ReportingRegime.class)).isNotNull();

        Long[] versions = {first.version(), second.version(), third.version()};
        move.run(null);

        assertThat(List.of(task(ward, "1").version(), task(ward, "2").version(), task(ward, "3").version())).containsExactly(versions);
    }

    private Task task(String ward, String key) {
        return mongo.findById(Task.idOf(ward, "86/KH-UBND", key), Task.class);
    }

    private static Task old(String ward, String key, String output, UnitRef lead, List<Deliverable> deliverables) {
        return new Task(Task.idOf(ward, "86/KH-UBND", key), ward, "hai-phong", "86/KH-UBND", key, Integer.parseInt(key),
                "LĨNH VỰC KINH TẾ", "Nhiệm vụ " + key, "2026 - 2030", lead, List.of(), output, "Chủ tịch UBND phường", null,
                deliverables, AT, AT, null, List.of());
    }
}
