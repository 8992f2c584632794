package vn.wardplan.reporting.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.reporting.dashboard.WardDashboard;
import vn.wardplan.reporting.dashboard.WardDashboardView;
import vn.wardplan.reporting.explanation.ExplanationCopy;
import vn.wardplan.reporting.explanation.WardExplanations;
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.task.TaskView;
import vn.wardplan.reporting.timeliness.PeriodReports;
import vn.wardplan.reporting.task.TaskView.DeliverableView;
import vn.wardplan.reporting.wards.WardEntry;

/** Assembles a report's data from the read models: the dashboard of its last year plus the years before it. */
@Component
class ReportAssembler {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WardScopedMongo mongo;
    private final WardDashboard dashboard;
    private final PeriodReports periods;
    private final WardExplanations explanations;
    private final Clock clock;

    ReportAssembler(WardScopedMongo mongo, WardDashboard dashboard, PeriodReports periods, WardExplanations explanations, Clock clock) {
        this.explanations = explanations;
        this.mongo = mongo;
        this.dashboard = dashboard;
        this.periods = periods;
        this.clock = clock;
    }

    public ReportData assemble(WardScope ward, ReportKind kind, int requestedYear) {
        int year = kind.lastYear(requestedYear);
        List<Integer> years = kind == ReportKind.ANNUAL ? List.of(year) : IntStream.rangeClosed(2026, year).boxed().toList();
        List<IndicatorView> indicators = dashboard.indicators(ward).stream().sorted(WardDashboard.byPlanOrder()).toList();
        List<TaskView> tasks = dashboard.tasks(ward);
        WardDashboardView last = dashboard.build(ward, year, indicators, tasks);
        LocalDate today = last.asOf();
        WardEntry entry = mongo.findById(ward, ward.ward(), WardEntry.class).orElse(null);

        List<ReportData.IndicatorRow> indicatorRows = new ArrayList<>();
        List<ReportData.GrowthBar> growth = new ArrayList<>();
        for (IndicatorView i : indicators) {
            WardDashboardView.IndicatorLine line = last.indicators().stream().filter(l -> l.id().equals(i.id())).findFirst()
                    .orElseThrow();
            Map<Integer, Double> values = new LinkedHashMap<>();
            for (int y : years) {
                IndicatorView.PeriodValue value = i.values() == null ? null : i.values().get(String.valueOf(y));
                values.put(y, value == null ? null : value.value());
            }
            // An adjusted target says so beside the target in force, as the People's Council's decision would be cited.
            String adjustment = i.adjustment();
            indicatorRows.add(new ReportData.IndicatorRow(i.code(), i.name(), i.measureUnit(), i.byEndText(),
                    adjustment == null ? i.yearlyText() : (i.yearlyText() == null ? "" : i.yearlyText()) + " (" + adjustment + ")",
                    values, line.status(), line.reason(), i.advisingUnitText(), i.parentKey() != null));
            if (i.target() != null && "GROWTH_RANGE".equals(i.target().kind()) && line.achievedRate() != null
                    && i.target().low() != null) {
                growth.add(new ReportData.GrowthBar(i.name(), line.achievedRate(), i.target().low(),
                        i.target().high() == null ? i.target().low() : i.target().high()));
            }
        }

        List<ReportData.TaskRow> taskRows = tasks.stream()
                .sorted(java.util.Comparator.comparing(t -> WardDashboard.keyOrder(t.key())))
                .map(t -> taskRow(t, years, today)).toList();
        List<ReportData.OverdueRow> overdue = last.overdue().stream()
                .map(o -> new ReportData.OverdueRow(o.key(), o.title(), o.leadUnit(), o.dueDate())).toList();
        return new ReportData(kind, ward.ward(), entry == null ? last.wardName() : entry.name(),
                entry == null || entry.type() == null ? "phuong" : entry.type(), year, years, today,
                last.indicatorsByStatus(), last.tasks().byStatus(), indicatorRows, taskRows, overdue, growth,
                years.stream().flatMap(y -> periods.year(ward, y, tasks, indicators).stream()).toList(),
                years.stream().flatMap(y -> explanations.askedIn(ward, y).stream()).map(e -> explanationRow(e, unitName(ward))).toList());
    }

    private java.util.function.Function<String, String> unitName(WardScope ward) {
        return code -> code == null ? "" : mongo.findById(ward, ward.ward() + ":" + code, vn.wardplan.reporting.unitdirectory.WardUnit.class)
                .map(vn.wardplan.reporting.unitdirectory.WardUnit::name).orElse(code);
    }

    private static ReportData.ExplanationRow explanationRow(ExplanationCopy e, java.util.function.Function<String, String> unitName) {
        List<String> exchanges = (e.exchanges() == null ? List.<ExplanationCopy.Exchange>of() : e.exchanges()).stream()
                .map(x -> (x.kind().equals("ANSWER") ? "Trả lời" : "Hỏi") + " (" + x.byName() + ", "
                        + VietnameseText.date(LocalDate.ofInstant(x.at(), VIETNAM)) + "): " + x.text()
                        + (x.attachments() == null || x.attachments().isEmpty() ? "" : " [kèm theo: " + String.join("; ", x.attachments()) + "]"))
                .toList();
        return new ReportData.ExplanationRow(e.subjectTitle(), e.askedByName(), LocalDate.ofInstant(e.askedAt(), VIETNAM),
                unitName.apply(e.unit()), e.answerDue(), e.status(), exchanges);
    }

    private static ReportData.TaskRow taskRow(TaskView task, List<Integer> years, LocalDate today) {
        Map<Integer, String> statusByYear = new LinkedHashMap<>();
        List<String> progress = new ArrayList<>();
        for (int y : years) {
            List<DeliverableView> deliverables = WardDashboard.deliverablesOf(task, y);
            statusByYear.put(y, deliverables.isEmpty() ? "" : deliverables.stream()
                    .map(d -> d.statusOn(today)).collect(Collectors.joining(", ")));
            deliverables.stream().filter(d -> d.progress() != null).flatMap(d -> d.progress().stream())
                    .forEach(p -> progress.add(p.text()));
        }
        String coordinating = task.coordinatingUnits() == null ? "" : task.coordinatingUnits().stream()
                .map(TaskView.UnitRef::text).collect(Collectors.joining("; "));
        return new ReportData.TaskRow(task.key(), task.field(), task.title(), task.period(),
                task.leadUnit() == null ? "" : task.leadUnit().text(), coordinating, task.output(), statusByYear, progress);
    }
}
