package vn.wardplan.reporting.comparison;

import java.util.List;
import java.util.Map;

import vn.wardplan.reporting.timeliness.Tally;

/**
 * A city's wards side by side for a year on the city's own indicators (GET /api/reports/cities/{city}/comparison): one
 * row per frame indicator, each ward's indicator mapped to it in its cell; the indicators a ward keeps for itself are
 * listed apart, never in a row. {@code frameVersion} is null while the city has no frame (then every indicator is a
 * ward's own).
 */
record CityComparisonView(String city, int year, Integer frameVersion, List<WardColumn> wards, List<FrameRow> rows,
        List<WardOnly> wardOnly, List<String> groups) {

    /**
     * A ward with its ranking: the share of the frame indicators it carries that are on track (ACHIEVED or ON_TRACK); a
     * ward without any yet has no share and ranks last. {@code reports}: what its units owed in the year's reporting
     * periods and how they sent it; {@code wardOnly} how many indicators it keeps for itself.
     */
    public record WardColumn(String code, String name, int rank, int indicators, int onTrack, int assessed, Double share,
            Tally reports, int wardOnly) {
    }

    /** A frame indicator with each ward's cell (wards without it have none) and how many wards carry it. */
    public record FrameRow(String code, String parentCode, String group, String name, String measureUnit, String direction,
            String cityTarget, int sharedBy, Map<String, Cell> cells) {
    }

    /**
     * A ward's indicator in a frame row: its own wording, the year's status, the value it was judged on and the year
     * before's, the trend (UP, DOWN, FLAT; null without both values), and its rank among the wards in this row.
     */
    public record Cell(String indicatorId, String name, String status, Double value, Double previousValue, String trend,
            int rank) {
    }

    /** An indicator a ward keeps for itself (or whose mapping still waits for the ward office). */
    public record WardOnly(String ward, String indicatorId, String code, String name, String measureUnit, String status,
            boolean awaitingReview) {
    }
}
