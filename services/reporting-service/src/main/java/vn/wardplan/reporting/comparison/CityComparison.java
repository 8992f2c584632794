package vn.wardplan.reporting.comparison;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.reporting.comparison.CityComparisonView.IndicatorRow;
import vn.wardplan.reporting.comparison.CityComparisonView.WardColumn;
import vn.wardplan.reporting.dashboard.WardDashboard;
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.timeliness.PeriodReportView;
import vn.wardplan.reporting.timeliness.PeriodReports;
import vn.wardplan.reporting.timeliness.Tally;
import vn.wardplan.reporting.wards.WardEntry;

/**
 * Compares the wards of one city: every ward (from the directory and from the indicators seen) × every indicator
 * any of them has, matched by code and name (Vietnamese names compared without case and spacing differences).
 */
@Service
public class CityComparison {

    private final WardScopedMongo mongo;
    private final PeriodReports periods;

    CityComparison(WardScopedMongo mongo, PeriodReports periods) {
        this.mongo = mongo;
        this.periods = periods;
    }

    public CityComparisonView compare(String city, int year) {
        Criteria ofCity = Criteria.where(WardScope.CITY_FIELD).is(city);
        List<IndicatorView> indicators = mongo.findAcrossWards(new Query(ofCity), IndicatorView.class);
        Map<String, String> wardNames = new TreeMap<>();
        mongo.findAcrossWards(new Query(ofCity), WardEntry.class).forEach(w -> wardNames.put(w.ward(), w.name()));
        indicators.forEach(i -> wardNames.putIfAbsent(i.ward(), i.ward()));

        Map<String, IndicatorRow> rows = new LinkedHashMap<>();
        Map<String, int[]> tallies = new TreeMap<>();
        wardNames.keySet().forEach(w -> tallies.put(w, new int[3]));
        for (IndicatorView indicator : indicators.stream().sorted(WardDashboard.byPlanOrder()).toList()) {
            String status = status(indicator, year);
            String match = (indicator.code() == null ? "" : indicator.code()) + "|" + normalized(indicator.name());
            IndicatorRow row = rows.computeIfAbsent(match, k -> new IndicatorRow(indicator.code(), indicator.name(),
                    indicator.measureUnit(), 0, new TreeMap<>()));
            if (row.statuses().putIfAbsent(indicator.ward(), status) == null) {
                rows.put(match, new IndicatorRow(row.code(), row.name(), row.measureUnit(), row.sharedBy() + 1, row.statuses()));
            }
            int[] tally = tallies.get(indicator.ward());
            tally[0]++;
            if (!status.equals("NO_DATA")) {
                tally[2]++;
            }
            if (status.equals("ACHIEVED") || status.equals("ON_TRACK")) {
                tally[1]++;
            }
        }
        List<IndicatorRow> matrix = rows.values().stream().map(r -> {
            Map<String, String> statuses = new LinkedHashMap<>();
            wardNames.keySet().forEach(w -> statuses.put(w, r.statuses().getOrDefault(w, "")));
            return new IndicatorRow(r.code(), r.name(), r.measureUnit(), r.sharedBy(), statuses);
        }).toList();

        List<WardColumn> wards = new ArrayList<>();
        tallies.forEach((ward, t) -> wards.add(new WardColumn(ward, wardNames.get(ward), 0, t[0], t[1], t[2],
                t[0] == 0 ? null : Math.round(1000.0 * t[1] / t[0]) / 10.0, periods.year(WardScope.of(ward, city), year).stream()
                        .map(PeriodReportView.PeriodTally::total).reduce(Tally.NONE, Tally::plus))));
        wards.sort(Comparator.comparing((WardColumn w) -> w.share() == null ? -1 : w.share()).reversed()
                .thenComparing(WardColumn::name));
        List<WardColumn> ranked = new ArrayList<>();
        for (int i = 0; i < wards.size(); i++) {
            WardColumn w = wards.get(i);
            ranked.add(new WardColumn(w.code(), w.name(), i + 1, w.indicators(), w.onTrack(), w.assessed(), w.share(), w.reports()));
        }
        return new CityComparisonView(city, year, ranked, matrix);
    }

    private static String status(IndicatorView indicator, int year) {
        IndicatorView.Assessment assessment = indicator.assessments() == null ? null
                : indicator.assessments().get(String.valueOf(year));
        return assessment == null ? "NO_DATA" : assessment.status();
    }

    static String normalized(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s.;:,]+", " ").strip();
    }
}
