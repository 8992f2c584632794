package vn.wardplan.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import vn.wardplan.platform.test.KafkaProbe;

/**
 * Publishes producer-shaped events (docs/events/*.md) for a ward of Hải Phòng, as indicator-service, task-service and
 * ward-service write them. A test gives each run its own ward codes.
 */
public final class ReportingEvents {

    private ReportingEvents() {
    }

    public static void ward(String ward, String name) {
        KafkaProbe.publish("wardplan.wards", ward, "vn.wardplan.ward.onboarded.v1", ward, "hai-phong", """
                {"code":"%s","name":"%s","type":"phuong","city":"hai-phong","cityName":"Hải Phòng","adminUsername":"x","units":[]}
                """.formatted(ward, name));
    }

    public static void unit(String ward, String code, String name) {
        KafkaProbe.publish("wardplan.units", ward + ":" + code, "vn.wardplan.unit.registered.v1", ward, "hai-phong", """
                {"code":"%s","name":"%s","aliases":[],"mailbox":null}""".formatted(code, name));
    }

    /** An indicator of plan 86/KH-UBND; {@code target} is the JSON of its typed target. */
    public static String indicator(String ward, String key, int position, String name, String measureUnit, String yearlyText,
            String target, String advisingUnit) {
        return define(ward, "defined", key, position, name, measureUnit, yearlyText, target, advisingUnit, "[]");
    }

    /** The indicator's target adjusted mid-term: {@code earlierTargets} is the JSON array of the targets before. */
    public static String adjusted(String ward, String key, int position, String name, String measureUnit, String yearlyText,
            String target, String advisingUnit, String earlierTargets) {
        return define(ward, "changed", key, position, name, measureUnit, yearlyText, target, advisingUnit, earlierTargets);
    }

    private static String define(String ward, String type, String key, int position, String name, String measureUnit,
            String yearlyText, String target, String advisingUnit, String earlierTargets) {
        String id = ward + ":86-KH-UBND:" + key;
        KafkaProbe.publish("wardplan.indicators", id, "vn.wardplan.indicator." + type + ".v1", ward, "hai-phong", """
                {"planNumber":"86/KH-UBND","key":"%s","definition":{"position":%d,"code":"%s","parentKey":null,
                 "group":"NHÓM CHỈ TIÊU VỀ KINH TẾ","name":"%s","measureUnit":"%s","byEndText":null,"yearlyText":"%s",
                 "target":%s,"targetNote":null,"directingLeader":"Chủ tịch UBND phường","advisingUnitCode":"%s",
                 "advisingUnitText":"Phòng Kinh tế, Hạ tầng và Đô thị","startYear":2026,"endYear":2030},"earlierTargets":%s}
                """.formatted(key, position, key, name, measureUnit, yearlyText, target, advisingUnit, earlierTargets));
        return id;
    }

    public static void value(String ward, String indicatorId, String type, String period, double value) {
        KafkaProbe.publish("wardplan.indicators", indicatorId, "vn.wardplan.indicator." + type + ".v1", ward, "hai-phong", """
                {"indicatorId":"%s","key":"x","period":"%s","value":%s,"advisingUnitCode":"kinh-te-ha-tang-do-thi","comment":null}
                """.formatted(indicatorId, period, value));
    }

    /** A value event that happened on the given day (Vietnam date at 10:00): timeliness counts that day. */
    public static void valueOn(String ward, String indicatorId, String type, String period, double value, LocalDate on) {
        KafkaProbe.publish("wardplan.indicators", indicatorId, "vn.wardplan.indicator." + type + ".v1", ward, "hai-phong", """
                {"indicatorId":"%s","key":"x","period":"%s","value":%s,"advisingUnitCode":"kinh-te-ha-tang-do-thi","comment":null}
                """.formatted(indicatorId, period, value), on.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    /** The ward's regime as task-service publishes it: Decree 09's 6-month and annual periods of 2026. */
    public static void regime(String ward) {
        KafkaProbe.publish("wardplan.reporting-regimes", ward, "vn.wardplan.reporting-regime.changed.v1", ward, "hai-phong", """
                {"ward":"%s","ownRules":false,"versions":[],"firstYear":2026,"lastYear":2026,"periods":[
                 {"key":"2026-6M","kind":"HALF_YEAR","year":2026,"label":"6 tháng đầu năm 2026","start":"2025-12-15",
                  "cutOff":"2026-06-14","unitsDue":"2026-06-16","officeDue":"2026-06-18"},
                 {"key":"2026","kind":"YEAR","year":2026,"label":"Năm 2026","start":"2025-12-15","cutOff":"2026-12-14",
                  "unitsDue":"2026-12-16","officeDue":"2026-12-18"}]}
                """.formatted(ward), Instant.parse("2026-01-05T02:00:00Z"));
    }

    public static void assessment(String ward, String indicatorId, int year, String status, String reason, Double achieved,
            Double needed) {
        KafkaProbe.publish("wardplan.indicators", indicatorId, "vn.wardplan.indicator.assessment-changed.v1", ward, "hai-phong", """
                {"indicatorId":"%s","key":"x","year":%d,"status":"%s","previousStatus":"NO_DATA","reason":"%s",
                 "achievedRate":%s,"neededRate":%s,"advisingUnitCode":"kinh-te-ha-tang-do-thi"}
                """.formatted(indicatorId, year, status, reason, achieved, needed));
    }

    public static String task(String ward, String key, String field, String title, String lead, String leadText) {
        String id = ward + ":86-KH-UBND:" + key;
        KafkaProbe.publish("wardplan.tasks", id, "vn.wardplan.task.assigned.v1", ward, "hai-phong", """
                {"planNumber":"86/KH-UBND","key":"%s","field":"%s","title":"%s","period":"2026 - 2030",
                 "leadUnit":{"code":"%s","text":"%s","resolution":"EXACT"},
                 "coordinatingUnits":[{"code":null,"text":"Các đơn vị liên quan","resolution":"RELATED"}],
                 "output":"Báo cáo kết quả hằng năm","directingLeader":"Chủ tịch UBND phường"}
                """.formatted(key, field, title, lead, leadText));
        return id;
    }

    /** A deliverable event of the year's report; {@code at} is when it happened (Vietnam date at 10:00). */
    public static void deliverable(String ward, String taskId, String type, int year, LocalDate due, String status,
            LocalDate at, String progressText) {
        Instant time = at.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        String progress = progressText == null ? "[]" : """
                [{"at":"%s","unit":"kinh-te-ha-tang-do-thi","text":"%s","percent":100}]""".formatted(time, progressText);
        KafkaProbe.publish("wardplan.tasks", taskId, "vn.wardplan.deliverable." + type + ".v1", ward, "hai-phong", """
                {"taskId":"%s","deliverableId":"%d","year":%d,"dueDate":"%s","status":"%s","leadUnit":"kinh-te-ha-tang-do-thi",
                 "coordinatingUnits":[],"directingLeader":"Chủ tịch UBND phường","title":"x","comment":null,"progress":%s}
                """.formatted(taskId, year, year, due, status, progress), time);
    }

    /**
     * A request for explanation as notification-service tells it: the chairman asks Phòng Văn hóa - Xã hội about health
     * insurance on 10/11/2026, the unit answers on 12/11 (two events, the second carrying both exchanges).
     */
    public static void explanation(String ward, String id) {
        String asked = """
                {"kind":"QUESTION","text":"Vì sao tỷ lệ tham gia bảo hiểm y tế 6 tháng chỉ đạt 96,9 %?","attachments":[],
                 "by":"anduong.chutich","byName":"Trần Văn Hùng","at":"2026-11-10T02:00:00Z"}""";
        String answer = """
                {"kind":"ANSWER","text":"Bảo hiểm xã hội chưa cập nhật danh sách học sinh.","attachments":["Công văn 12/BHXH"],
                 "by":"anduong.vhxh","byName":"Phạm Thu Hà","at":"2026-11-12T02:00:00Z"}""";
        String request = """
                {"id":"%s","subjectKind":"INDICATOR","subjectId":"%s:86-KH-UBND:6","subjectTitle":"chỉ tiêu “Tỷ lệ người dân tham gia bảo hiểm y tế”",
                 "link":"/indicators/%s:86-KH-UBND:6","unit":"van-hoa-xa-hoi","askedBy":"anduong.chutich","askedByName":"Trần Văn Hùng",
                 "askedAt":"2026-11-10T02:00:00Z","answerDue":"2026-11-17","status":"%s","exchanges":[%s],"closedAt":null}""";
        KafkaProbe.publish("wardplan.explanations", id, "vn.wardplan.explanation.asked.v1", ward, "hai-phong",
                request.formatted(id, ward, ward, "OPEN", asked), Instant.parse("2026-11-10T02:00:00Z"));
        KafkaProbe.publish("wardplan.explanations", id, "vn.wardplan.explanation.answered.v1", ward, "hai-phong",
                request.formatted(id, ward, ward, "ANSWERED", asked + "," + answer), Instant.parse("2026-11-12T02:00:00Z"));
    }

    /** A deliverable event of a period's report ("2026-6M"), received by the office on {@code receivedOn}. */
    public static void periodReport(String ward, String taskId, String type, String period, LocalDate due, String status,
            LocalDate receivedOn) {
        Instant time = (receivedOn == null ? LocalDate.of(2026, 3, 25) : receivedOn).atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        KafkaProbe.publish("wardplan.tasks", taskId, "vn.wardplan.deliverable." + type + ".v1", ward, "hai-phong", """
                {"taskId":"%s","deliverableId":"%s","year":%s,"dueDate":"%s","status":"%s","leadUnit":"kinh-te-ha-tang-do-thi",
                 "coordinatingUnits":[],"directingLeader":"Chủ tịch UBND phường","title":"x","comment":null,"progress":[],
                 "cadence":"PERIODIC","submittedOn":%s,"receivedVia":%s}
                """.formatted(taskId, period, period.substring(0, 4), due, status, receivedOn == null ? "null" : "\"" + receivedOn + "\"",
                receivedOn == null ? "null" : "\"PAPER\""), time);
    }

    /**
     * The sample both report tests read: An Dương with GRDP (approved 112, AT_RISK) and health insurance (98,1,
     * ACHIEVED), three tasks of Phòng Kinh tế (one submitted on time with its progress text, one submitted late, one
     * overdue); the 6-month GRDP estimate sent late and none for health insurance; the regime's 6-month and annual
     * periods of 2026; Lê Chân with GRDP ON_TRACK.
     */
    public static void sample(String anDuong, String leChan) {
        ward(anDuong, "An Dương");
        ward(leChan, "Lê Chân");
        unit(anDuong, "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị");
        String grdp = indicator(anDuong, "1", 1, "Tổng giá trị sản phẩm trên địa bàn", "%", "14 - 15",
                GROWTH, "kinh-te-ha-tang-do-thi");
        String bhyt = indicator(anDuong, "6", 6, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "Trên 97,5",
                FLOOR, "van-hoa-xa-hoi");
        regime(anDuong);
        valueOn(anDuong, grdp, "value-submitted", "2026-6M", 5.9, LocalDate.of(2026, 6, 19));
        valueOn(anDuong, grdp, "value-submitted", "2026", 112, LocalDate.of(2026, 11, 24));
        valueOn(anDuong, grdp, "value-approved", "2026", 112, LocalDate.of(2026, 11, 25));
        assessment(anDuong, grdp, 2026, "AT_RISK",
                "Tăng bình quân 12 %/năm; cần đạt 14,5 %/năm trong các năm còn lại để đạt mức 14 %.", 12.0, 14.5);
        valueOn(anDuong, bhyt, "value-approved", "2026", 98.1, LocalDate.of(2026, 11, 25));
        assessment(anDuong, bhyt, 2026, "ACHIEVED", "98,1 % trên mức 97,5 %", null, null);
        String leChanGrdp = indicator(leChan, "1", 1, "Tổng giá trị sản phẩm  trên địa bàn", "%", "14 - 15",
                GROWTH, "kinh-te-ha-tang-do-thi");
        assessment(leChan, leChanGrdp, 2026, "ON_TRACK", "Tăng 15 %", 15.0, 14.0);
        // Lê Chân words its plan its own way: the frame lines the two up; its own indicator stands apart.
        String leChanFirms = indicator(leChan, "5", 5, "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "150", FLOOR,
                "kinh-te-ha-tang-do-thi");
        frame("hai-phong", 1, HAI_PHONG_FRAME);
        mapping(anDuong, grdp, "1", "AUTO");
        mapping(anDuong, bhyt, "6", "AUTO");
        mapping(leChan, leChanGrdp, "1", "CONFIRMED");
        mapping(leChan, leChanFirms, null, "WARD_ONLY");

        String onTime = task(anDuong, "2", "LĨNH VỰC KINH TẾ, NGÂN SÁCH VÀ ĐẦU TƯ CÔNG",
                "Thực hiện các giải pháp phát triển thương mại, dịch vụ", "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị");
        deliverable(anDuong, onTime, "scheduled", 2026, LocalDate.of(2026, 11, 30), "PLANNED",
                LocalDate.of(2026, 3, 25), null);
        deliverable(anDuong, onTime, "submitted", 2026, LocalDate.of(2026, 11, 30), "SUBMITTED",
                LocalDate.of(2026, 11, 20), "Tổng giá trị sản phẩm tăng 12 %, thương mại dịch vụ chiếm 61 %.");
        String late = task(anDuong, "3", "LĨNH VỰC KINH TẾ, NGÂN SÁCH VÀ ĐẦU TƯ CÔNG",
                "Thực hiện công tác quản lý thu - chi ngân sách nhà nước", "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị");
        deliverable(anDuong, late, "scheduled", 2026, LocalDate.of(2026, 6, 30), "PLANNED",
                LocalDate.of(2026, 3, 25), null);
        deliverable(anDuong, late, "submitted", 2026, LocalDate.of(2026, 6, 30), "SUBMITTED",
                LocalDate.of(2026, 7, 8), "Thu ngân sách đạt 54 % dự toán.");
        String missing = task(anDuong, "11", "LĨNH VỰC QUY HOẠCH, ĐÔ THỊ, TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                "Quản lý trật tự xây dựng đô thị", "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị");
        deliverable(anDuong, missing, "scheduled", 2026, LocalDate.of(2026, 9, 30), "PLANNED",
                LocalDate.of(2026, 3, 25), null);
        // The same event twice (at-least-once delivery) changes nothing.
        deliverable(anDuong, missing, "scheduled", 2026, LocalDate.of(2026, 9, 30), "PLANNED",
                LocalDate.of(2026, 3, 25), null);
        }

    /** A version of a city's frame as task-service publishes it; {@code indicators} is the JSON array. */
    public static void frame(String city, int version, String indicators) {
        KafkaProbe.publish("wardplan.indicator-frames", "city:" + city, "vn.wardplan.indicator-frame.changed.v1", "city:" + city, city, """
                {"city":"%s","version":%d,"source":"52/KH-UBND","indicators":%s}""".formatted(city, version, indicators));
    }

    /** A ward indicator's mapping to the frame; {@code frameCode} null for the ward's own. */
    public static void mapping(String ward, String indicatorId, String frameCode, String state) {
        KafkaProbe.publish("wardplan.indicator-frames", indicatorId, "vn.wardplan.indicator-mapping.changed.v1", ward, "hai-phong", """
                {"indicatorId":"%s","planNumber":"86/KH-UBND","key":"x","frameCode":%s,"state":"%s","frameVersion":1,
                 "proposedCode":null,"confidence":0.9,"reason":"test"}""".formatted(indicatorId,
                frameCode == null ? "null" : "\"" + frameCode + "\"", state));
    }

    public static final String HAI_PHONG_FRAME = """
            [{"code":"1","parentCode":null,"position":1,"group":"CHỈ TIÊU KINH TẾ","name":"Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)",
              "measureUnit":"%","direction":"UP","targetKind":"FLOOR","cityTarget":"Tối thiểu 11"},
             {"code":"6","parentCode":null,"position":2,"group":"CHỈ TIÊU XÃ HỘI","name":"Tỷ lệ dân số tham gia bảo hiểm y tế",
              "measureUnit":"%","direction":"UP","targetKind":"FLOOR","cityTarget":"Trên 95"}]""";

    public static final String GROWTH = """
            {"kind":"GROWTH_RANGE","low":14,"high":15,"value":null,"strict":null,"year":null,"text":"14 - 15"}""";
    public static final String FLOOR = """
            {"kind":"FLOOR","low":null,"high":null,"value":97.5,"strict":true,"year":null,"text":"Trên 97,5"}""";
}
