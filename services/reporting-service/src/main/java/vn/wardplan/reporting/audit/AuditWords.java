package vn.wardplan.reporting.audit;

import java.util.Map;

/** The trail's kinds and actions in the words the ward office uses (the API answers them beside the codes). */
final class AuditWords {

    static final Map<String, String> KINDS = Map.ofEntries(Map.entry("PLAN", "Kế hoạch"), Map.entry("TARGET", "Mục tiêu chỉ tiêu"),
            Map.entry("MAPPING", "Đối chiếu khung chỉ tiêu"), Map.entry("VALUE", "Số liệu chỉ tiêu"),
            Map.entry("DELIVERABLE", "Báo cáo nhiệm vụ"), Map.entry("DEADLINE", "Hạn báo cáo"),
            Map.entry("REPORTING_SETTING", "Chế độ báo cáo"), Map.entry("VALUE_CHECK", "Kiểm tra số liệu"),
            Map.entry("REMINDER_POLICY", "Chính sách nhắc việc"), Map.entry("CALENDAR", "Lịch làm việc"),
            Map.entry("ACCOUNT", "Tài khoản"), Map.entry("WARD_STATUS", "Trạng thái phường, xã"), Map.entry("FRAME", "Khung chỉ tiêu"));

    static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("plan.imported", "Nhập kế hoạch"),
            Map.entry("plan.reimported", "Nhập lại kế hoạch"), Map.entry("target.typed", "Nhập mục tiêu bằng tay"),
            Map.entry("target.adjusted", "Điều chỉnh mục tiêu từ một năm"), Map.entry("target.baseline", "Nhập giá trị năm gốc"),
            Map.entry("target.reimported", "Mục tiêu đổi theo kế hoạch nhập lại"), Map.entry("checks.changed", "Đổi kiểm tra số liệu"),
            Map.entry("value.entered", "Nhập số liệu"), Map.entry("value.submitted", "Gửi duyệt số liệu"),
            Map.entry("value.approved", "Duyệt số liệu"), Map.entry("value.returned", "Trả lại số liệu"),
            Map.entry("value.reopened", "Mở lại số liệu đã duyệt"), Map.entry("mapping.decided", "Văn phòng quyết định đối chiếu"),
            Map.entry("mapping.remapped", "Đối chiếu lại theo khung"), Map.entry("frame.changed", "Đổi khung chỉ tiêu"),
            Map.entry("deliverable.progressed", "Báo cáo tiến độ"), Map.entry("deliverable.submitted", "Nộp báo cáo"),
            Map.entry("deliverable.received", "Ghi nhận báo cáo nhận được"), Map.entry("deliverable.accepted", "Chấp nhận báo cáo"),
            Map.entry("deliverable.returned", "Trả lại báo cáo"), Map.entry("deliverable.reopened", "Mở lại báo cáo đã chấp nhận"),
            Map.entry("deadline.rescheduled", "Đổi hạn báo cáo"), Map.entry("task.reportingMode", "Đổi cách báo cáo của nhiệm vụ"),
            Map.entry("regime.changed", "Đổi chế độ báo cáo"), Map.entry("regime.followedCity", "Theo chế độ báo cáo của thành phố"),
            Map.entry("policy.changed", "Đổi chính sách nhắc việc"), Map.entry("calendar.announced", "Khai báo ngày nghỉ, ngày làm bù"),
            Map.entry("calendar.withdrawn", "Bỏ ngày đã khai báo"), Map.entry("account.invited", "Mời tài khoản mới"),
            Map.entry("account.changed", "Đổi tài khoản"), Map.entry("ward.onboarded", "Đưa phường, xã vào nền tảng"),
            Map.entry("ward.suspended", "Tạm dừng phường, xã"), Map.entry("ward.reinstated", "Khôi phục phường, xã"));

    private AuditWords() {
    }

    static String kind(String code) {
        return KINDS.getOrDefault(code, code);
    }

    static String action(String code) {
        return ACTIONS.getOrDefault(code, code);
    }
}
