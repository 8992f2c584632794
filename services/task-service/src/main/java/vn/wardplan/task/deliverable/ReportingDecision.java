package vn.wardplan.task.deliverable;

import vn.wardplan.task.task.ReportingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides from a task's wording whether it reports every period or delivers once, and says why in the ward's words.
 * Section IV of a ward's plan makes every unit evaluate its results periodically, so reporting is the rule; a task
 * delivers once when its period names one deadline, when its output is a review (sơ kết, tổng kết) or a product made
 * once (a scheme, a plan, a regulation, a work) and no report is asked. Pure Java.
 */
public final class ReportingDecision {

    private static final Pattern RECURRING = Pattern.compile("h[ằà]ng (năm|quý|tháng)|thường niên|thường xuyên|mỗi (năm|quý|tháng)|định kỳ|6 tháng");
    private static final Pattern REPORT = Pattern.compile("báo cáo|kết quả thực hiện|kết quả triển khai|đánh giá kết quả|tiến độ");
    private static final Pattern REVIEW = Pattern.compile("sơ kết|tổng kết|giữa kỳ|cuối kỳ");
    private static final List<String> PRODUCTS = List.of("đề án", "kế hoạch", "quy chế", "quy định", "quyết định", "nghị quyết",
            "phương án", "chương trình", "dự thảo", "bộ tiêu chí", "danh mục", "hồ sơ", "công trình", "quy hoạch", "cơ sở dữ liệu",
            "phần mềm", "hệ thống", "sổ tay", "tài liệu", "đồ án", "tờ trình", "văn bản", "bản đồ", "ban hành", "phê duyệt",
            "đưa vào sử dụng", "đưa vào vận hành", "khánh thành");

    private ReportingDecision() {
    }

    public static ReportingMode decide(String output, String period) {
        String out = output == null ? "" : output.strip().toLowerCase(Locale.ROOT);
        String when = period == null ? "" : period.strip().toLowerCase(Locale.ROOT);
        if (DeliverablePlanner.listedYears(when).size() > 1) {
            return periodic("Thời gian ghi các năm \"" + period.strip() + "\": báo cáo năm của từng năm đó.");
        }
        Optional<java.time.LocalDate> deadline = DeliverablePlanner.deadline(when);
        if (deadline.isPresent()) {
            return oneOff("Thời gian ghi một thời hạn (\"" + period.strip() + "\"): nộp một lần, hạn "
                    + DeliverablePlanner.DAY.format(deadline.get()) + ".");
        }
        var recurring = RECURRING.matcher(out + " " + when);
        if (recurring.find()) {
            return periodic("Kết quả/sản phẩm hoặc thời gian ghi \"" + recurring.group() + "\": báo cáo mỗi kỳ của chế độ báo cáo.");
        }
        var review = REVIEW.matcher(out);
        if (review.find()) {
            return oneOff("Sản phẩm là báo cáo " + review.group() + ": nộp một lần, cuối thời gian thực hiện.");
        }
        var report = REPORT.matcher(out);
        if (report.find()) {
            return periodic("Sản phẩm là báo cáo (\"" + report.group() + "\"): đơn vị định kỳ đánh giá kết quả và báo cáo mỗi kỳ"
                    + " (mục Tổ chức thực hiện của kế hoạch).");
        }
        for (String product : PRODUCTS) {
            if (out.contains(product)) {
                return oneOff("Sản phẩm là \"" + product + "\", làm một lần: nộp một lần, cuối thời gian thực hiện.");
            }
        }
        return periodic("Nhiệm vụ thực hiện trong cả thời gian \"" + (period == null || period.isBlank() ? "của kế hoạch" : period.strip())
                + "\" và không nêu sản phẩm làm một lần: đơn vị định kỳ đánh giá kết quả và báo cáo mỗi kỳ.");
    }

    private static ReportingMode periodic(String reason) {
        return new ReportingMode(ReportingMode.Cadence.PERIODIC, reason, ReportingMode.IMPORT);
    }

    private static ReportingMode oneOff(String reason) {
        return new ReportingMode(ReportingMode.Cadence.ONE_OFF, reason, ReportingMode.IMPORT);
    }
}
