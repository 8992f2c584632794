package vn.wardplan.reporting.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.reporting.comparison.CityComparisonView.Cell;
import vn.wardplan.reporting.comparison.CityComparisonView.FrameRow;
import vn.wardplan.reporting.comparison.CityComparisonView.WardColumn;
import vn.wardplan.reporting.comparison.CityComparisonView.WardOnly;
import vn.wardplan.reporting.dashboard.WardDashboard;
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.timeliness.PeriodReports;
import vn.wardplan.reporting.timeliness.Tally;
import vn.wardplan.reporting.wards.WardEntry;

/**
 * Compares the wards of one city on the city's frame (ADR 0021): every ward (from the directory and from the indicators
 * seen) × every frame indicator, a ward's indicator standing in the row it is mapped to. Wards are ranked by the share
 * of their frame indicators on track, and within a row by status, then by value in the indicator's direction.
 */
@Service
class CityComparison {

    private static final List<String> STATUS_ORDER = List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA");

    private final WardScopedMongo mongo;
    private final AcrossWards acrossWards;
    private final PeriodReports periods;

    CityComparison(WardScopedMongo mongo, AcrossWards acrossWards, PeriodReports periods) {
        this.mongo = mongo;
        this.acrossWards = acrossWards;
        this.periods = periods;
    }

    public CityComparisonView compare(String city, int year) {
        Criteria ofCity = Criteria.where(WardScope.CITY_FIELD).is(city);
        List<IndicatorView> indicators = acrossWards.find(new Query(ofCity), IndicatorView.class).stream()
                .filter(i -> i.name() != null).sorted(WardDashboard.byPlanOrder()).toList();
        Map<String, String> wardNames = new TreeMap<>();
        acrossWards.find(new Query(ofCity), WardEntry.class).forEach(w -> wardNames.put(w.ward(), w.name()));
        indicators.forEach(i -> wardNames.putIfAbsent(i.ward(), i.ward()));
        Optional<CityFrameView> frame = mongo.findById(WardScope.trusted(CityFrameView.scopeOf(city), city), city, CityFrameView.class);
        Map<String, CityFrameView.Indicator> frameByCode = new LinkedHashMap<>();
        frame.ifPresent(f -> f.indicators().stream().sorted(Comparator.comparingInt(CityFrameView.Indicator::position))
                .forEach(i -> frameByCode.put(i.code(), i)));

        Map<String, Map<String, IndicatorView>> byRow = new HashMap<>();
        List<WardOnly> wardOnly = new ArrayList<>();
        Map<String, Integer> ownCount = new HashMap<>();
        for (IndicatorView indicator : indicators) {
            String code = indicator.frame() == null ? null : indicator.frame().code();
            if (code != null && frameByCode.containsKey(code)
                    && byRow.computeIfAbsent(code, c -> new TreeMap<>()).putIfAbsent(indicator.ward(), indicator) == null) {
                continue;
            }
            wardOnly.add(new WardOnly(indicator.ward(), indicator.id(), indicator.code(), indicator.name(), indicator.measureUnit(),
                    indicator.status(year), indicator.frame() != null && "PROPOSED".equals(indicator.frame().state())));
            ownCount.merge(indicator.ward(), 1, Integer::sum);
        }

        List<FrameRow> rows = new ArrayList<>();
        Map<String, FrameStanding> standings = new TreeMap<>();
        wardNames.keySet().forEach(w -> standings.put(w, FrameStanding.NONE));
        for (CityFrameView.Indicator f : frameByCode.values()) {
            Map<String, IndicatorView> inRow = byRow.getOrDefault(f.code(), Map.of());
            List<Map.Entry<String, IndicatorView>> ranked = new ArrayList<>(inRow.entrySet());
            ranked.sort(Comparator.comparingInt((Map.Entry<String, IndicatorView> e) -> STATUS_ORDER.indexOf(e.getValue().status(year)))
                    .thenComparing(e -> value(e.getValue(), year), valueOrder(f.direction())));
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (int r = 0; r < ranked.size(); r++) {
                IndicatorView i = ranked.get(r).getValue();
                String status = i.status(year);
                Double value = value(i, year);
                Double previous = value(i, year - 1);
                cells.put(i.ward(), new Cell(i.id(), i.name(), status, value, previous, trend(value, previous), r + 1));
                standings.merge(i.ward(), FrameStanding.of(status), FrameStanding::plus);
            }
            Map<String, Cell> byWard = new TreeMap<>(cells);
            rows.add(new FrameRow(f.code(), f.parentCode(), f.group(), f.name(), f.measureUnit(), f.direction(), f.cityTarget(),
                    byWard.size(), byWard));
        }

        Map<String, List<IndicatorView>> indicatorsByWard = new HashMap<>();
        indicators.forEach(i -> indicatorsByWard.computeIfAbsent(i.ward(), w -> new ArrayList<>()).add(i));
        Map<String, Tally> reports = periods.yearTotals(city, year, indicatorsByWard);
        List<WardColumn> wards = new ArrayList<>();
        standings.forEach((ward, t) -> wards.add(new WardColumn(ward, wardNames.get(ward), 0, t.indicators(), t.onTrack(),
                t.assessed(), t.onTrackShare(), reports.getOrDefault(ward, Tally.NONE), ownCount.getOrDefault(ward, 0))));
        wards.sort(Comparator.comparing((WardColumn w) -> w.share() == null ? -1 : w.share()).reversed()
                .thenComparing(WardColumn::name));
        List<WardColumn> ranked = new ArrayList<>();
        for (int i = 0; i < wards.size(); i++) {
            WardColumn w = wards.get(i);
            ranked.add(new WardColumn(w.code(), w.name(), i + 1, w.indicators(), w.onTrack(), w.assessed(), w.share(), w.reports(),
                    w.wardOnly()));
        }
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(frameByCode.values().stream()
                .map(CityFrameView.Indicator::group).filter(g -> g != null).toList()));
        return new CityComparisonView(city, year, frame.map(CityFrameView::version).orElse(null), ranked, rows, wardOnly, groups);
    }

    /** The value the year was judged on: the approved annual value, else the period the assessment used. */
    static Double value(IndicatorView indicator, int year) {
        if (indicator.values() == null) {
            return null;
        }
        IndicatorView.PeriodValue annual = indicator.values().get(String.valueOf(year));
        if (annual != null && "APPROVED".equals(annual.state())) {
            return annual.value();
        }
        IndicatorView.Assessment assessment = indicator.assessment(year);
        IndicatorView.PeriodValue basis = assessment == null || assessment.basis() == null ? null : indicator.values().get(assessment.basis());
        return basis != null && "APPROVED".equals(basis.state()) ? basis.value() : null;
    }

    private static String trend(Double value, Double previous) {
        if (value == null || previous == null) {
            return null;
        }
        int c = Double.compare(value, previous);
        return c > 0 ? "UP" : c < 0 ? "DOWN" : "FLAT";
    }

    /** Better values first: higher for UP and KEEP, lower for DOWN; wards without a value last. */
    private static Comparator<Double> valueOrder(String direction) {
        Comparator<Double> better = "DOWN".equals(direction) ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.nullsLast(better);
    }

    /** How a ward's indicators of the frame stand: how many, how many on track (or achieved), how many assessed. */
    record FrameStanding(int indicators, int onTrack, int assessed) {

        static final FrameStanding NONE = new FrameStanding(0, 0, 0);

        static FrameStanding of(String status) {
            return new FrameStanding(1, status.equals("ACHIEVED") || status.equals("ON_TRACK") ? 1 : 0, status.equals("NO_DATA") ? 0 : 1);
        }

        FrameStanding plus(FrameStanding other) {
            return new FrameStanding(indicators + other.indicators, onTrack + other.onTrack, assessed + other.assessed);
        }

        /** The share on track in percent with one decimal; null for a ward with none of the frame's indicators. */
        Double onTrackShare() {
            return indicators == 0 ? null : Math.round(1000.0 * onTrack / indicators) / 10.0;
        }
    }
}
