package vn.wardplan.reporting.document;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.task.TaskView;
import vn.wardplan.reporting.timeliness.PeriodReports;
import vn.wardplan.reporting.task.TaskView.DeliverableView;
import vn.wardplan.reporting.wards.WardEntry;

/** Assembles a report's data from the read models: the dashboard of its last year plus the years before it. */
@Component
public class ReportAssembler {

    private final WardScopedMongo mongo;
    private final WardDashboard dashboard;
    private final PeriodReports periods;
    private final Clock clock;

    ReportAssembler(WardScopedMongo mongo, WardDashboard dashboard, PeriodReports periods, Clock clock) {
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
                years.stream().flatMap(y -> periods.year(ward, y, tasks, indicators).stream()).toList());
    }

    private static ReportData.TaskRow taskRow(TaskView task, List<Integer> years, LocalDate today) {
        Map<Integer, String> statusByYear = new LinkedHashMap<>();
        List<String> progress = new ArrayList<>();
        for (int y : years) {
            List<DeliverableView> deliverables = WardDashboard.deliverablesOf(task, y);
            statusByYear.put(y, deliverables.isEmpty() ? "" : deliverables.stream()
                    .map(d -> WardDashboard.effectiveStatus(d, today)).collect(Collectors.joining(", ")));
            deliverables.stream().filter(d -> d.progress() != null).flatMap(d -> d.progress().stream())
                    .forEach(p -> progress.add(p.text()));
        }
        String coordinating = task.coordinatingUnits() == null ? "" : task.coordinatingUnits().stream()
                .map(TaskView.UnitRef::text).collect(Collectors.joining("; "));
        return new ReportData.TaskRow(task.key(), task.field(), task.title(), task.period(),
                task.leadUnit() == null ? "" : task.leadUnit().text(), coordinating, task.output(), statusByYear, progress);
    }
}
