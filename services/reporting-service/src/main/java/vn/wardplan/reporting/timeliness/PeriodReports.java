package vn.wardplan.reporting.timeliness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.reporting.dashboard.WardDashboard;
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.task.TaskView;
import vn.wardplan.reporting.task.WardDues;
import vn.wardplan.reporting.unitdirectory.WardUnit;
import vn.wardplan.reporting.wards.WardEntry;

/** Timeliness and completeness of a ward's reporting periods, from the read models. */
@Service
public class PeriodReports {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("(\\d{4})(-(6M|Q[1-4]|M(0[1-9]|1[0-2])))?");

    private final WardScopedMongo mongo;
    private final AcrossWards acrossWards;
    private final WardDashboard dashboard;
    private final Clock clock;

    PeriodReports(WardScopedMongo mongo, AcrossWards acrossWards, WardDashboard dashboard, Clock clock) {
        this.mongo = mongo;
        this.acrossWards = acrossWards;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    public Optional<RegimePeriods> regime(WardScope ward) {
        return mongo.findById(ward, ward.ward(), RegimePeriods.class);
    }

    /** The period the office works now: the first whose units' deadline is at most two weeks past, else the last. */
    public String current(WardScope ward) {
        LocalDate today = today();
        List<RegimePeriods.Period> periods = regime(ward).map(RegimePeriods::periods).orElse(List.of()).stream()
                .sorted(Comparator.comparing(RegimePeriods.Period::unitsDue)).toList();
        return periods.stream().filter(p -> !p.unitsDue().isBefore(today.minusDays(14))).findFirst()
                .or(() -> periods.stream().reduce((a, b) -> b)).map(RegimePeriods.Period::key)
                .orElse(String.valueOf(today.getYear()));
    }

    public PeriodReportView report(WardScope ward, String key) {
        return report(ward, key, dashboard.tasks(ward), dashboard.indicators(ward));
    }

    PeriodReportView report(WardScope ward, String key, List<TaskView> tasks, List<IndicatorView> indicators) {
        return report(new Reads(ward), key, tasks, indicators);
    }

    /** What one answer reads of the ward besides its tasks and indicators, each once however many periods it shows. */
    private final class Reads {
        final WardScope ward;
        final Optional<RegimePeriods> regime;
        final String wardName;
        final Map<String, String> unitNames = new java.util.HashMap<>();

        Reads(WardScope ward) {
            this.ward = ward;
            this.regime = regime(ward);
            this.wardName = mongo.findById(ward, ward.ward(), WardEntry.class).map(WardEntry::name).orElse(ward.ward());
        }

        String unitName(String code) {
            return unitNames.computeIfAbsent(code, c -> mongo.findById(ward, ward.ward() + ":" + c, WardUnit.class)
                    .map(WardUnit::name).orElse(c));
        }
    }

    private PeriodReportView report(Reads reads, String key, List<TaskView> tasks, List<IndicatorView> indicators) {
        var m = KEY.matcher(key == null ? "" : key);
        if (!m.matches()) {
            throw WardplanProblem.badRequest("period.invalid", String.valueOf(key));
        }
        int year = Integer.parseInt(m.group(1));
        LocalDate today = today();
        RegimePeriods.Period period = reads.regime.flatMap(r -> r.period(key)).orElse(null);
        List<PeriodLedger.Owed> owed = PeriodLedger.owed(key, year, m.group(2) == null, period, tasks, indicators, today);
        Map<String, List<PeriodLedger.Owed>> byUnit = new LinkedHashMap<>();
        owed.forEach(o -> byUnit.computeIfAbsent(o.unit(), u -> new ArrayList<>()).add(o));
        List<PeriodReportView.UnitPeriod> units = new ArrayList<>();
        byUnit.forEach((code, items) -> units.add(new PeriodReportView.UnitPeriod(code, reads.unitName(code), PeriodLedger.tally(items),
                items)));
        // The late ones first: most missing, then most late, then by name.
        units.sort(Comparator.comparing((PeriodReportView.UnitPeriod u) -> -u.tally().missing())
                .thenComparing(u -> -u.tally().late()).thenComparing(PeriodReportView.UnitPeriod::name));
        LocalDate unitsDue = period == null ? null : period.unitsDue();
        return new PeriodReportView(reads.ward.ward(), reads.wardName, key, period == null ? key : period.label(),
                period == null ? null : period.start(), period == null ? null : period.cutOff(), unitsDue,
                period == null ? null : period.officeDue(), today, unitsDue != null && today.isAfter(unitsDue),
                PeriodLedger.tally(owed), units);
    }

    /**
     * Each ward's reports of the year in total, for the wards of a city at once (the city's comparison): the wards'
     * regimes and compact dues ({@link WardDues}) read in one query each, the indicators the caller has already read.
     * Only totals, so no unit or ward names are looked up. A ward without a regime yet owes nothing.
     */
    public Map<String, Tally> yearTotals(String city, int year, Map<String, List<IndicatorView>> indicatorsByWard) {
        Query ofCity = new Query(Criteria.where(WardScope.CITY_FIELD).is(city));
        Map<String, WardDues> dues = new java.util.HashMap<>();
        acrossWards.find(ofCity, WardDues.class).forEach(d -> dues.put(d.ward(), d));
        LocalDate today = today();
        Map<String, Tally> totals = new java.util.HashMap<>();
        for (RegimePeriods regime : acrossWards.find(ofCity, RegimePeriods.class)) {
            WardDues wardDues = dues.get(regime.ward());
            Tally total = Tally.NONE;
            for (RegimePeriods.Period p : regime.ofYear(year)) {
                var m = KEY.matcher(p.key());
                if (!m.matches()) {
                    continue;
                }
                boolean annual = m.group(2) == null;
                if (wardDues != null) {
                    total = total.plus(PeriodLedger.taskTally(p.key(), year, annual, wardDues, today));
                }
                total = total.plus(PeriodLedger.tally(PeriodLedger.owed(p.key(), year, annual, p, List.of(),
                        indicatorsByWard.getOrDefault(regime.ward(), List.of()), today)));
            }
            totals.put(regime.ward(), total);
        }
        return totals;
    }

    /** Every period of the year the regime reports, with its totals and each unit's. */
    public List<PeriodReportView.PeriodTally> year(WardScope ward, int year) {
        return year(ward, year, dashboard.tasks(ward), dashboard.indicators(ward));
    }

    public List<PeriodReportView.PeriodTally> year(WardScope ward, int year, List<TaskView> tasks, List<IndicatorView> indicators) {
        Reads reads = new Reads(ward);
        List<RegimePeriods.Period> periods = reads.regime.map(r -> r.ofYear(year)).orElse(List.of());
        List<PeriodReportView.PeriodTally> tallies = new ArrayList<>();
        for (RegimePeriods.Period p : periods) {
            PeriodReportView report = report(reads, p.key(), tasks, indicators);
            tallies.add(new PeriodReportView.PeriodTally(p.key(), p.label(), p.unitsDue(), report.total(), report.units().stream()
                    .map(u -> new PeriodReportView.UnitTally(u.code(), u.name(), u.tally())).toList()));
        }
        return tallies;
    }
}
