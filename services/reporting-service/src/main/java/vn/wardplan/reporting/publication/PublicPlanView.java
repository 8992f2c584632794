package vn.wardplan.reporting.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a published ward shows anyone (GET /api/public/wards/{ward}/plan): its indicators with value, target and
 * status, and its tasks by status. Not shown: who entered what, units' records, comments.
 */
record PublicPlanView(String ward, String wardName, int year, LocalDate asOf, List<PublicIndicator> indicators,
        Map<String, Integer> indicatorsByStatus, int tasks, Map<String, Integer> tasksByStatus) {

    record PublicIndicator(String key, String name, String measureUnit, String target, Double value, String status,
            String reason) {
    }
}
