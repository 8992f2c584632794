package vn.wardplan.reporting.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.reporting.dashboard.WardDashboardView.Group;
import vn.wardplan.reporting.dashboard.WardDashboardView.IndicatorLine;
import vn.wardplan.reporting.dashboard.WardDashboardView.OverdueItem;
import vn.wardplan.reporting.dashboard.WardDashboardView.TaskSummary;
import vn.wardplan.reporting.explanation.WardExplanations;
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.task.TaskView;
import vn.wardplan.reporting.task.TaskView.DeliverableView;
import vn.wardplan.reporting.unitdirectory.WardUnit;
import vn.wardplan.reporting.wardindex.WardReadIndexes;
import vn.wardplan.reporting.wards.WardEntry;

/** Builds a ward's dashboard for a year from the read models (two scoped reads and a computation in memory). */
@Service
public class WardDashboard {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final List<String> INDICATOR_STATUSES = List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA");
    public static final List<String> DELIVERABLE_STATUSES = List.of("PLANNED", "SUBMITTED", "ACCEPTED", "RETURNED", "OVERDUE");

    private final WardScopedMongo mongo;
    private final WardReadIndexes indexes;
    private final WardExplanations explanations;
    private final Clock clock;

    WardDashboard(WardScopedMongo mongo, WardReadIndexes indexes, WardExplanations explanations, Clock clock) {
        this.mongo = mongo;
        this.explanations = explanations;
        this.indexes = indexes;
        this.clock = clock;
    }

    public WardDashboardView build(WardScope ward, int year) {
        return build(ward, year, indicators(ward), tasks(ward));
    }

    /** The ward's indicator read models (by id through the ward's index). */
    public List<IndicatorView> indicators(WardScope ward) {
        return indexes.all(ward, IndicatorView.class, true);
    }

    /** The ward's task read models (by id through the ward's index). */
    public List<TaskView> tasks(WardScope ward) {
        return indexes.all(ward, TaskView.class, false);
    }

    /** The dashboard of documents already read (the report documents read them once for both uses). */
    public WardDashboardView build(WardScope ward, int year, List<IndicatorView> indicators, List<TaskView> tasks) {
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        // Only the lead units' names are shown: looked up by id, not by scanning the ward's units.
        Map<String, String> unitNames = new TreeMap<>();
        tasks.stream().map(t -> t.leadUnit() == null ? null : t.leadUnit().code()).filter(java.util.Objects::nonNull).distinct()
                .forEach(code -> mongo.findById(ward, ward.ward() + ":" + code, WardUnit.class)
                        .ifPresent(u -> unitNames.put(u.code(), u.name())));
        String wardName = mongo.findById(ward, ward.ward(), WardEntry.class).map(WardEntry::name).orElse(ward.ward());

        List<IndicatorLine> lines = indicators.stream().sorted(byPlanOrder()).map(i -> line(i, year)).toList();
        Map<String, Integer> byStatus = counts(INDICATOR_STATUSES);
        lines.forEach(l -> byStatus.merge(l.status(), 1, Integer::sum));

        Map<String, Integer> taskStatus = counts(DELIVERABLE_STATUSES);
        Map<String, Group> byUnit = new TreeMap<>();
        Map<String, Group> byField = new LinkedHashMap<>();
        List<OverdueItem> overdue = new ArrayList<>();
        int total = 0;
        for (TaskView task : tasks.stream().sorted(Comparator.comparing(t -> keyOrder(t.key()))).toList()) {
            String lead = task.leadUnit() == null ? null : task.leadUnit().code();
            for (DeliverableView d : deliverablesOf(task, year)) {
                String status = d.statusOn(today);
                total++;
                taskStatus.merge(status, 1, Integer::sum);
                add(byUnit, lead == null ? "" : lead, lead == null ? task.leadUnit() == null ? "" : task.leadUnit().text()
                        : unitNames.getOrDefault(lead, task.leadUnit().text()), status);
                add(byField, task.field() == null ? "" : task.field(), task.field(), status);
                if (status.equals("OVERDUE")) {
                    overdue.add(new OverdueItem(task.id(), task.key(), task.title(), d.id(), d.dueDate(), lead,
                            lead == null ? null : unitNames.getOrDefault(lead, task.leadUnit().text()), task.directingLeader()));
                }
            }
        }
        overdue.sort(Comparator.comparing(OverdueItem::dueDate));
        return new WardDashboardView(ward.ward(), wardName, year, today, lines, byStatus,
                new TaskSummary(total, taskStatus, List.copyOf(byUnit.values()), List.copyOf(byField.values())), overdue,
                explanations.waiting(ward).stream().map(e -> new WardDashboardView.ExplanationItem(e.id(), e.subjectKind(),
                        e.subjectTitle(), e.link(), e.unit(), e.askedByName(), e.askedAt(), e.answerDue(), e.status(),
                        "OPEN".equals(e.status()) && e.answerDue() != null && e.answerDue().isBefore(today))).toList());
    }

    static IndicatorLine line(IndicatorView i, int year) {
        IndicatorView.PeriodValue annual = i.values() == null ? null : i.values().get(String.valueOf(year));
        IndicatorView.PeriodValue estimate = i.values() == null ? null : i.values().get(year + "-6M");
        // Until the year's value is entered, the 6-month estimate stands for it, and says so.
        boolean onEstimate = annual == null && estimate != null;
        IndicatorView.PeriodValue value = onEstimate ? estimate : annual;
        IndicatorView.Assessment assessment = i.assessment(year);
        String target = i.yearlyText() != null && !i.yearlyText().isBlank() ? i.yearlyText() : i.byEndText();
        return new IndicatorLine(i.id(), i.key(), i.code(), i.group(), i.name(), i.measureUnit(), target,
                i.target() == null ? null : i.target().kind(), value == null ? null : value.value(),
                value == null ? null : value.state(), i.status(year),
                assessment == null ? null : assessment.reason(), assessment == null ? null : assessment.achievedRate(),
                assessment == null ? null : assessment.neededRate(), i.advisingUnitCode(), i.advisingUnitText(),
                i.directingLeader(), trend(i, year), band(i.target(), year),
                value == null ? null : onEstimate ? year + "-6M" : String.valueOf(year),
                assessment == null ? null : assessment.reasonEn());
    }

    private static List<WardDashboardView.TrendPoint> trend(IndicatorView i, int year) {
        int from = i.startYear() == null ? year : i.startYear();
        List<WardDashboardView.TrendPoint> points = new ArrayList<>();
        for (int y = from; y <= year; y++) {
            IndicatorView.PeriodValue v = i.values() == null ? null : i.values().get(String.valueOf(y));
            points.add(new WardDashboardView.TrendPoint(y, v == null ? null : v.value(), v == null ? null : v.state()));
        }
        return points;
    }

    static WardDashboardView.Band band(IndicatorView.Target target, int year) {
        if (target == null || target.kind() == null) {
            return null;
        }
        return switch (target.kind()) {
            case "FLOOR" -> target.value() == null ? null : new WardDashboardView.Band(target.value(), null);
            case "CEILING" -> target.value() == null ? null : new WardDashboardView.Band(null, target.value());
            case "VALUE_BY_YEAR" -> target.value() != null && Integer.valueOf(year).equals(target.year())
                    ? new WardDashboardView.Band(target.value(), target.value()) : null;
            default -> null;
        };
    }

    /** The deliverables of a task that belong to the year. */
    public static List<DeliverableView> deliverablesOf(TaskView task, int year) {
        if (task.deliverables() == null) {
            return List.of();
        }
        return task.deliverableList().stream().filter(d -> d.year() != null && d.year() == year)
                .sorted(Comparator.comparing(DeliverableView::dueDate)).toList();
    }

    /** Plan order: by position, then by key ("13_2" after "13"). */
    public static Comparator<IndicatorView> byPlanOrder() {
        return Comparator.comparing((IndicatorView i) -> i.position() == null ? Integer.MAX_VALUE : i.position())
                .thenComparing(i -> keyOrder(i.key()));
    }

    public static String keyOrder(String key) {
        if (key == null) {
            return "";
        }
        StringBuilder padded = new StringBuilder();
        for (String part : key.split("[_.]")) {
            padded.append(part.matches("\\d+") ? String.format("%06d", Integer.parseInt(part)) : part).append('.');
        }
        return padded.toString();
    }

    private static void add(Map<String, Group> groups, String code, String name, String status) {
        Group group = groups.computeIfAbsent(code, c -> new Group(c, name, 0, counts(DELIVERABLE_STATUSES)));
        group.byStatus().merge(status, 1, Integer::sum);
        groups.put(code, new Group(group.code(), group.name(), group.total() + 1, group.byStatus()));
    }

    private static Map<String, Integer> counts(List<String> statuses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        statuses.forEach(s -> counts.put(s, 0));
        return counts;
    }
}
