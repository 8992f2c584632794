package vn.wardplan.notification.calendar;

import java.time.LocalDate;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.outbox.OutboxCollection;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The calendar events notification-service publishes on {@value #TOPIC} (contract: docs/events/calendars.md): a day the
 * ward office announced or withdrew, so that task-service counts the units' deadlines on the ward's own calendar. Key:
 * the ward, so a ward's days stay in order.
 */
@Component
class CalendarEvents {

    public static final String TOPIC = "wardplan.calendars";
    public static final String ANNOUNCED = "vn.wardplan.calendar.day-announced.v1";
    public static final String WITHDRAWN = "vn.wardplan.calendar.day-withdrawn.v1";

    /** Data of both events: the day, and for an announcement whether it is a day off or a weekend day worked. */
    public record CalendarDay(LocalDate date, Boolean dayOff, String name) {
    }

    private final OutboxEvents outbox;

    CalendarEvents(OutboxEvents outbox) {
        this.outbox = outbox;
    }

    OutboxEvent announced(WardScope ward, LocalDate date, boolean dayOff, String name) {
        return outbox.create(TOPIC, ANNOUNCED, ward.ward(), ward.ward(), ward.city(), new CalendarDay(date, dayOff, name));
    }

    OutboxEvent withdrawn(WardScope ward, LocalDate date) {
        return outbox.create(TOPIC, WITHDRAWN, ward.ward(), ward.ward(), ward.city(), new CalendarDay(date, null, null));
    }

    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        OutboxCollection calendarOutbox() {
            return OutboxCollection.of(CalendarAnnouncement.class);
        }

        @Bean
        NewTopic calendarsTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).build();
        }
    }
}
