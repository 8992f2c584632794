package vn.wardplan.notification.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.notification.deadline.IndicatorDue;
import vn.wardplan.notification.deadline.PeriodNames;
import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** Turns decisions on deliverables and values (task-service's and indicator-service's events) into notices. */
@Component
class DecisionEventsListener {

    static final String TASKS_CONSUMER = "notification-notices-tasks";
    static final String INDICATORS_CONSUMER = "notification-notices-indicators";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** notification-service's copy of the deliverable event data it needs for a notice. */
    record DeliverableData(String taskId, String deliverableId, String title, LocalDate dueDate, String leadUnit,
            List<String> coordinatingUnits, String comment) {
    }

    /** notification-service's copy of the value event data. */
    record ValueData(String indicatorId, String period, String advisingUnitCode, String comment, java.math.BigDecimal value) {
    }

    private final EventInbox inbox;
    private final DecisionNotices notices;
    private final WardScopedMongo mongo;
    private final PeriodNames periodNames;

    DecisionEventsListener(EventInbox inbox, DecisionNotices notices, WardScopedMongo mongo, PeriodNames periodNames) {
        this.inbox = inbox;
        this.periodNames = periodNames;
        this.notices = notices;
        this.mongo = mongo;
    }

    @KafkaListener(topics = "wardplan.tasks", groupId = TASKS_CONSUMER)
    void onTaskEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(TASKS_CONSUMER, record, this::applyTaskEvent);
    }

    @KafkaListener(topics = "wardplan.indicators", groupId = INDICATORS_CONSUMER)
    void onIndicatorEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(INDICATORS_CONSUMER, record, this::applyIndicatorEvent);
    }

    void applyTaskEvent(IncomingEvent event) {
        String type = event.type();
        if (!type.startsWith("vn.wardplan.deliverable.")) {
            return;
        }
        DeliverableData d = event.dataAs(DeliverableData.class);
        if (d.taskId() == null || d.deliverableId() == null) {
            throw new IllegalArgumentException("Deliverable event " + event.id() + " lacks its task or deliverable");
        }
        WardScope ward = WardScope.trusted(event.ward(), event.city());
        String what = "báo cáo \"" + d.title() + "\" (" + periodNames.inSentence(ward, d.deliverableId()) + ")";
        String link = "/tasks/" + d.taskId();
        List<String> units = new ArrayList<>();
        units.add(d.leadUnit());
        DecisionNotices.Notice notice = switch (type) {
            case "vn.wardplan.deliverable.submitted.v1" -> new DecisionNotices.Notice(event.id(), List.of(DecisionNotices.OFFICE_UNIT),
                    "Chờ xem xét: " + what, "Đơn vị đã nộp " + what + "; Văn phòng xem xét, chấp nhận hoặc trả lại.", link);
            case "vn.wardplan.deliverable.accepted.v1" -> new DecisionNotices.Notice(event.id(), units,
                    "Đã chấp nhận: " + what, "Văn phòng HĐND và UBND đã chấp nhận " + what + ".", link);
            case "vn.wardplan.deliverable.returned.v1" -> new DecisionNotices.Notice(event.id(), units,
                    "Bị trả lại: " + what, "Văn phòng HĐND và UBND trả lại " + what + ". Lý do: " + d.comment(), link);
            case "vn.wardplan.deliverable.rescheduled.v1" -> {
                if (d.coordinatingUnits() != null) {
                    units.addAll(d.coordinatingUnits());
                }
                yield new DecisionNotices.Notice(event.id(), units, "Đổi hạn: " + what, "Hạn nộp " + what + " đổi sang ngày "
                        + (d.dueDate() == null ? "?" : DAY.format(d.dueDate())) + ". Lý do: " + d.comment(), link);
            }
            default -> null;
        };
        if (notice != null) {
            notices.send(ward, notice);
        }
    }

    /** The part of a definition event a notice needs. */
    record Defined(Definition definition) {
    }

    record Definition(String name) {
    }

    void applyIndicatorEvent(IncomingEvent event) {
        String type = event.type();
        if (type.startsWith("vn.wardplan.indicator.defined.") || type.startsWith("vn.wardplan.indicator.changed.")) {
            Defined defined = event.dataAs(Defined.class);
            if (defined.definition() != null && defined.definition().name() != null) {
                mongo.save(WardScope.trusted(event.ward(), event.city()), new IndicatorName(event.subject(), event.ward(), event.city(),
                        defined.definition().name()));
            }
            return;
        }
        if (!type.startsWith("vn.wardplan.indicator.value-")) {
            return;
        }
        ValueData v = event.dataAs(ValueData.class);
        if (v.indicatorId() == null || v.period() == null) {
            throw new IllegalArgumentException("Value event " + event.id() + " lacks its indicator or period");
        }
        WardScope ward = WardScope.trusted(event.ward(), event.city());
        String name = mongo.findById(ward, v.indicatorId(), IndicatorName.class).map(IndicatorName::name)
                .or(() -> mongo.findById(ward, v.indicatorId(), IndicatorDue.class).map(IndicatorDue::name)).orElse(v.indicatorId());
        String what = "số liệu \"" + name + "\" (" + periodNames.inSentence(ward, v.period()) + ")";
        String link = "/indicators/" + v.indicatorId() + "?year=" + v.period().substring(0, 4);
        DecisionNotices.Notice notice = switch (type) {
            case "vn.wardplan.indicator.value-submitted.v1" -> new DecisionNotices.Notice(event.id(), List.of(DecisionNotices.OFFICE_UNIT),
                    "Chờ duyệt: " + what, "Đơn vị tham mưu đã gửi " + what + "; Văn phòng duyệt hoặc trả lại.", link);
            case "vn.wardplan.indicator.value-approved.v1" -> new DecisionNotices.Notice(event.id(), singleton(v.advisingUnitCode()),
                    "Đã duyệt: " + what, "Văn phòng HĐND và UBND đã duyệt " + what + ".", link);
            case "vn.wardplan.indicator.value-returned.v1" -> new DecisionNotices.Notice(event.id(), singleton(v.advisingUnitCode()),
                    "Bị trả lại: " + what, "Văn phòng HĐND và UBND trả lại " + what + ". Lý do: " + v.comment(), link);
            default -> null;
        };
        if (notice != null) {
            notices.send(ward, notice);
        }
    }

    private static List<String> singleton(String unit) {
        return unit == null ? List.of() : List.of(unit);
    }
}
