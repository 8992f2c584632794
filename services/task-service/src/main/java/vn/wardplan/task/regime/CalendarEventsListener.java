package vn.wardplan.task.regime;

import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Keeps the wards' announced days from notification-service's calendar events (docs/events/calendars.md); a change moves
 * the deadlines of the periods still open, and the regime event tells the others.
 */
@Component
class CalendarEventsListener {

    static final String CONSUMER = "task-calendars";

    /** task-service's copy of the producer's contract: the fields it reads. */
    record CalendarDay(LocalDate date, Boolean dayOff, String name) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;
    private final ReportingRegimes regimes;

    CalendarEventsListener(EventInbox inbox, WardScopedMongo mongo, ReportingRegimes regimes) {
        this.inbox = inbox;
        this.mongo = mongo;
        this.regimes = regimes;
    }

    @KafkaListener(topics = "wardplan.calendars", groupId = CONSUMER)
    void onCalendarEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(CONSUMER, record, this::apply);
    }

    void apply(IncomingEvent event) {
        boolean announced = event.type().startsWith("vn.wardplan.calendar.day-announced.");
        if (!announced && !event.type().startsWith("vn.wardplan.calendar.day-withdrawn.")) {
            return;
        }
        CalendarDay day = event.dataAs(CalendarDay.class);
        if (day.date() == null || announced && day.dayOff() == null) {
            throw new IllegalArgumentException("Calendar event " + event.id() + " lacks its day");
        }
        WardScope ward = WardScope.trusted(event.ward(), event.city());
        String id = ward.ward() + ":" + day.date();
        var stored = mongo.findById(ward, id, AnnouncedDay.class);
        if (stored.isPresent() && stored.get().changedAt().isAfter(event.time().toInstant())) {
            return;
        }
        mongo.save(ward, new AnnouncedDay(id, ward.ward(), ward.city(), day.date(), announced ? day.dayOff()
                : stored.map(AnnouncedDay::dayOff).orElse(true), day.name(), !announced, event.time().toInstant()));
        regimes.calendarChanged(ward);
    }
}
