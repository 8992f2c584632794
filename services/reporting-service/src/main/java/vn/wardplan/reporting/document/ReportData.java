package vn.wardplan.reporting.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.wardplan.reporting.timeliness.PeriodReportView;

/** Everything a ward's report document shows, assembled from the read models; the renderers only lay it out. */
record ReportData(ReportKind kind, String wardCode, String wardName, String wardType, int year, List<Integer> years,
        LocalDate issuedOn, Map<String, Integer> indicatorsByStatus, Map<String, Integer> deliverablesByStatus,
        List<IndicatorRow> indicators, List<TaskRow> tasks, List<OverdueRow> overdue, List<GrowthBar> growth,
        List<PeriodReportView.PeriodTally> timeliness, List<ExplanationRow> explanations) {

    /**
     * A request for explanation asked in the report's years: about what, who asked and when, which unit answers by when,
     * where it stands, and every question and answer in order ("who, on which day: what").
     */
    public record ExplanationRow(String subject, String askedBy, LocalDate askedOn, String unit, LocalDate answerDue, String status,
            List<String> exchanges) {

        /** The line a report writes: "- Về chỉ tiêu “…”: Chủ tịch … yêu cầu ngày …; Phòng … trả lời trước …; đã kết thúc." */
        public String summary() {
            String where = switch (status) {
                case "OPEN" -> "chờ đơn vị trả lời";
                case "ANSWERED" -> "đã trả lời, chờ người yêu cầu kết thúc";
                default -> "đã kết thúc";
            };
            return "- Về %s: %s yêu cầu ngày %s; %s trả lời trước ngày %s; %s.".formatted(subject, askedBy,
                    VietnameseText.date(askedOn), unit, VietnameseText.date(answerDue), where);
        }
    }

    /** How the ward's type is written after a unit's name: "phường", "xã" or "đặc khu". */
    public String wardWord() {
        return VietnameseText.wardWord(wardType);
    }

    /** How many indicators have the status in the report's year. */
    public int indicatorCount(String status) {
        return indicatorsByStatus.getOrDefault(status, 0);
    }

    /** A row of Phụ lục I: the target, the value of each year of the report and the status of its last year. */
    public record IndicatorRow(String code, String name, String measureUnit, String byEndTarget, String yearlyTarget,
            Map<Integer, Double> values, String status, String reason, String advisingUnit, boolean subIndicator) {
    }

    /** A row of Phụ lục II: the task, its units, and its deliverables' status per year with the progress reported. */
    public record TaskRow(String key, String field, String title, String period, String leadUnit, String coordinatingUnits,
            String output, Map<Integer, String> statusByYear, List<String> progress) {
    }

    /** A deliverable past due and not submitted. */
    public record OverdueRow(String key, String title, String leadUnit, LocalDate dueDate) {
    }

    /** A growth indicator: the average rate achieved since the baseline against its target band. */
    public record GrowthBar(String name, double achieved, double low, double high) {
    }
}
