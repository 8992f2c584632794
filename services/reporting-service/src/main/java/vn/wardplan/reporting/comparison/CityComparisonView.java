package vn.wardplan.reporting.comparison;

import java.util.List;
import java.util.Map;

/** A city's wards side by side for a year (GET /api/reports/cities/{city}/comparison). */
public record CityComparisonView(String city, int year, List<WardColumn> wards, List<IndicatorRow> indicators) {

    /**
     * A ward with its ranking: the share of its indicators on track (ACHIEVED or ON_TRACK) among those it has; a
     * ward without indicators yet has no share and ranks last. {@code reports}: what its units owed in the year's
     * reporting periods and how they sent it.
     */
    public record WardColumn(String code, String name, int rank, int indicators, int onTrack, int assessed, Double share,
            vn.wardplan.reporting.timeliness.Tally reports) {
    }

    /** An indicator matched across wards by code and name, with each ward's status ("" where the ward lacks it). */
    public record IndicatorRow(String code, String name, String measureUnit, int sharedBy, Map<String, String> statuses) {
    }
}
