package vn.wardplan.reporting.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.wardplan.reporting.comparison.CityFrameView;
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.task.TaskView;
import vn.wardplan.reporting.timeliness.RegimePeriods;
import vn.wardplan.reporting.task.WardDues;
import vn.wardplan.reporting.wardindex.WardReadIndex;
import vn.wardplan.reporting.wards.WardEntry;

/**
 * A realistic national dataset for the benchmarks, written straight into the read models (what replaying the
 * events would produce): 3,321 wards in 34 provinces (Hồ Chí Minh with 168), each with 15–25 indicators (values and
 * assessments for 2026) and 40–50 tasks with a deliverable per year 2026–2030, some submitted, late or overdue, the
 * per-ward index of their ids and their compact dues the listeners keep, and each ward's regime; Hồ Chí Minh has a
 * 30-indicator frame its wards' indicators 1–20 are mapped to.
 */
final class ReportingDataset {

    static final int WARDS = 3321;
    static final String BIG_CITY = "ho-chi-minh";
    static final int BIG_CITY_WARDS = 168;
    static final List<String> STATUSES = List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA");
    static final String[] UNITS = {"van-phong", "kinh-te-ha-tang-do-thi", "van-hoa-xa-hoi", "cong-an", "ban-chi-huy-quan-su",
            "ban-quan-ly-du-an", "trung-tam-dich-vu-su-nghiep-cong"};

    record Counts(int wards, long indicators, long tasks) {
    }

    private ReportingDataset() {
    }

    static Counts generate(MongoTemplate mongo, long seed) {
        Random random = new Random(seed);
        long indicators = 0;
        long tasks = 0;
        Instant now = Instant.parse("2026-11-26T03:00:00Z");
        mongo.insert(bigCityFrame(now));
        for (int w = 0; w < WARDS; w++) {
            String city = w < BIG_CITY_WARDS ? BIG_CITY : "tinh-" + ((w - BIG_CITY_WARDS) % 33);
            String ward = "p-" + w;
            mongo.insert(new WardEntry(ward, ward, city, "Phường " + w, "phuong", city, "ACTIVE", now));
            List<IndicatorView> wardIndicators = new ArrayList<>();
            int indicatorCount = 15 + random.nextInt(11);
            for (int i = 1; i <= indicatorCount; i++) {
                String status = STATUSES.get(random.nextInt(STATUSES.size()));
                double value = 80 + random.nextInt(200) / 10.0;
                wardIndicators.add(new IndicatorView(ward + ":86-KH-UBND:" + i, ward, city, "86/KH-UBND", String.valueOf(i), i,
                        String.valueOf(i), null, "NHÓM CHỈ TIÊU " + (1 + i % 4), "Chỉ tiêu số " + i + " của kế hoạch", "%", null,
                        i == 1 ? "14 - 15" : "Trên 90",
                        i == 1 ? new IndicatorView.Target("GROWTH_RANGE", 14.0, 15.0, null, null, null, "14 - 15")
                                : new IndicatorView.Target("FLOOR", null, null, 90.0, true, null, "Trên 90"),
                        "Chủ tịch UBND phường", UNITS[i % UNITS.length], "Phòng " + UNITS[i % UNITS.length], 2026, 2030,
                        Map.of("2026", new IndicatorView.PeriodValue(value, "APPROVED", now, now, null, null)),
                        status.equals("NO_DATA") ? Map.of() : Map.of("2026", new IndicatorView.Assessment(status,
                                "Đánh giá năm 2026", i == 1 ? 12.0 + random.nextInt(40) / 10.0 : null, i == 1 ? 14.5 : null, now, "2026", null)),
                        frameOf(city, i), null, now));
            }
            mongo.insertAll(wardIndicators);
            indicators += indicatorCount;
            List<TaskView> wardTasks = new ArrayList<>();
            int taskCount = 40 + random.nextInt(11);
            for (int t = 1; t <= taskCount; t++) {
                Map<String, TaskView.DeliverableView> deliverables = new LinkedHashMap<>();
                for (int year = 2026; year <= 2030; year++) {
                    LocalDate due = LocalDate.of(year, 11, 30).minusMonths(random.nextInt(6));
                    boolean past = due.isBefore(LocalDate.of(2026, 11, 26));
                    boolean submitted = past && random.nextInt(10) < 7;
                    Instant submittedAt = submitted ? due.plusDays(random.nextInt(20) - 12).atStartOfDay()
                            .toInstant(java.time.ZoneOffset.UTC) : null;
                    deliverables.put(String.valueOf(year), new TaskView.DeliverableView(String.valueOf(year), year, due,
                            submitted ? "SUBMITTED" : "PLANNED", submittedAt, null, null, submitted
                                    ? List.of(new TaskView.Progress(submittedAt, UNITS[t % UNITS.length],
                                            "Đơn vị đã hoàn thành các nội dung của nhiệm vụ trong năm " + year + ".", 100))
                                    : List.of(), null, null));
                }
                wardTasks.add(new TaskView(ward + ":86-KH-UBND:" + t, ward, city, "86/KH-UBND", String.valueOf(t),
                        "LĨNH VỰC " + (1 + t % 6), "Nhiệm vụ số " + t + " của kế hoạch phát triển kinh tế - xã hội", "2026 - 2030",
                        new TaskView.UnitRef(UNITS[t % UNITS.length], "Phòng " + UNITS[t % UNITS.length]),
                        List.of(new TaskView.UnitRef(null, "Các đơn vị liên quan")), "Báo cáo kết quả thực hiện hằng năm",
                        "Chủ tịch UBND phường", new TaskView.Reporting("PERIODIC", "Báo cáo hằng năm", "IMPORT"), deliverables, now));
            }
            mongo.insertAll(wardTasks);
            tasks += taskCount;
            // What the task listener keeps beside the tasks, and the ward's regime (Decree 09's 6-month and annual periods).
            Map<String, String> leads = new LinkedHashMap<>();
            Map<String, WardDues.Due> dues = new LinkedHashMap<>();
            for (TaskView task : wardTasks) {
                leads.put(task.key(), task.leadUnit().code());
                task.deliverables().values().forEach(d -> dues.put(task.key() + "~" + d.id(), new WardDues.Due(task.id(), d.id(), d.year(),
                        d.dueDate(), d.status(), null, d.submittedAt() == null ? null
                                : d.submittedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())));
            }
            mongo.insert(new WardDues(ward, ward, city, leads, dues, now));
            mongo.insert(new RegimePeriods(ward, ward, city, List.of(
                    new RegimePeriods.Period("2026-6M", "HALF_YEAR", 2026, "6 tháng đầu năm 2026", LocalDate.of(2025, 12, 15),
                            LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 18)),
                    new RegimePeriods.Period("2026", "YEAR", 2026, "Năm 2026", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14),
                            LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 18))), now));
            mongo.insert(new WardReadIndex(ward, ward, city,
                    wardIndicators.stream().map(IndicatorView::id).collect(java.util.stream.Collectors.toSet()),
                    wardTasks.stream().map(TaskView::id).collect(java.util.stream.Collectors.toSet())));
        }
        return new Counts(WARDS, indicators, tasks);
    }

    /** The big city's frame: 30 indicators; a ward's indicators 1–20 count as frame indicators F1–F20, the rest are its own. */
    static CityFrameView bigCityFrame(Instant now) {
        List<CityFrameView.Indicator> frame = new ArrayList<>();
        for (int f = 1; f <= FRAME_INDICATORS; f++) {
            frame.add(new CityFrameView.Indicator("F" + f, null, f, "NHÓM CHỈ TIÊU " + (1 + f % 4), "Chỉ tiêu khung số " + f, "%",
                    f % 7 == 0 ? "DOWN" : "UP", "FLOOR", "Trên 90"));
        }
        return new CityFrameView(BIG_CITY, "city:" + BIG_CITY, BIG_CITY, 1, frame, now);
    }

    static final int FRAME_INDICATORS = 30;

    private static IndicatorView.Frame frameOf(String city, int indicator) {
        if (!city.equals(BIG_CITY)) {
            return null;
        }
        return indicator <= 20 ? new IndicatorView.Frame("F" + indicator, "AUTO", 1) : new IndicatorView.Frame(null, "WARD_ONLY", 1);
    }
}
