package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.wardplan.task.task.YearSpan;
import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.task.task.Deliverable;
import vn.wardplan.task.deliverable.DeliverablePlanner;
import vn.wardplan.task.deliverable.ReportingDecision;
import vn.wardplan.task.task.ReportingMode;
import vn.wardplan.task.regime.RegimeSchedule;

/**
 * Every unit reports every period (section IV of a ward's plan): the plans' own tasks, decided one by one, owe the
 * 2026 six-month and annual reports unless their output is a product made once.
 */
class PeriodReportsOfPlansTest {

    static final RegimeSchedule DECREE_09 = new RegimeSchedule(List.of(), WorkingCalendar.statutory());

    @Test
    void atLeastFortyOfAnDuongsFortyFourTasksOweA2026SixMonthReport() throws IOException {
        ParsedPlan plan = PlanTextReader.read(Files.readString(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt")));
        assertThat(plan.tasks()).hasSize(44);

        long withSixMonths = plan.tasks().stream().filter(t -> ids(t).contains("2026-6M")).count();
        long with2026 = plan.tasks().stream().filter(t -> ids(t).stream().anyMatch(id -> id.startsWith("2026"))).count();

        assertThat(withSixMonths).isGreaterThanOrEqualTo(40);
        assertThat(with2026).isGreaterThanOrEqualTo(40);
        assertThat(plan.tasks()).allSatisfy(t -> assertThat(ReportingDecision.decide(t.output(), t.period()).reason()).isNotBlank());
    }

    @Test
    void aPlanWordedOtherwiseIsDecidedTaskByTaskWithItsReason() throws IOException {
        ParsedPlan plan = PlanTextReader.read(Files.readString(Path.of("src/test/resources/plans/phuong-dong-hai-31-KH-UBND.txt"),
                StandardCharsets.UTF_8));
        Map<String, ReportingMode> modes = plan.tasks().stream()
                .collect(Collectors.toMap(ParsedPlan.TaskRow::code, t -> ReportingDecision.decide(t.output(), t.period())));

        assertThat(modes).hasSize(9);
        assertThat(modes.entrySet().stream().filter(e -> e.getValue().periodic()).map(Map.Entry::getKey).sorted())
                .containsExactly("1", "4", "5", "8", "9");
        assertThat(modes.get("2").reason()).contains("đề án");
        assertThat(modes.get("3").reason()).contains("Quý III/2026").contains("30/09/2026");
        assertThat(modes.get("6").reason()).contains("công trình");
        assertThat(modes.get("7").reason()).contains("sơ kết");
        assertThat(modes.get("4").reason()).contains("thường xuyên");
        assertThat(modes.get("9").reason()).contains("kết quả triển khai");

        ParsedPlan.TaskRow scheme = plan.tasks().stream().filter(t -> t.code().equals("2")).findFirst().orElseThrow();
        assertThat(DeliverablePlanner.plan(scheme.period(), new YearSpan(2026, 2030), modes.get("2"), DECREE_09))
                .singleElement().extracting(Deliverable::id).isEqualTo("final");
    }

    private static List<String> ids(ParsedPlan.TaskRow task) {
        return DeliverablePlanner.plan(task.period(), new YearSpan(2026, 2030), ReportingDecision.decide(task.output(), task.period()), DECREE_09)
                .stream().map(Deliverable::id).toList();
    }
}
