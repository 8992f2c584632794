package vn.wardplan.ward.events;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.outbox.OutboxCollection;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;
import vn.wardplan.ward.directory.Ward;

/**
 * The ward events ward-service publishes on {@value #TOPIC} (contract: docs/events/wards.md), keyed by the ward's
 * code so one ward's events stay in order.
 */
@Component
public class WardEvents {

    public static final String TOPIC = "wardplan.wards";
    public static final String ONBOARDED = "vn.wardplan.ward.onboarded.v1";
    public static final String SUSPENDED = "vn.wardplan.ward.suspended.v1";
    public static final String REINSTATED = "vn.wardplan.ward.reinstated.v1";
    public static final String OFFICIAL_DISABLED = "vn.wardplan.ward.official-disabled.v1";
    public static final String OFFICIAL_ENABLED = "vn.wardplan.ward.official-enabled.v1";

    /** Data of {@value #ONBOARDED}: a ward joined the platform with these units and its first administrator. */
    public record WardOnboarded(String code, String name, String type, String city, String cityName, String adminUsername,
            List<UnitData> units) {
    }

    /** A unit the ward starts with. */
    public record UnitData(String code, String name, List<String> aliases) {
    }

    /** Data of {@value #SUSPENDED}: the ward's officials can no longer sign in or call the API. */
    public record WardSuspended(String code, String reason) {
    }

    /** Data of {@value #REINSTATED}: the ward is active again. */
    public record WardReinstated(String code) {
    }

    /** Data of {@value #OFFICIAL_DISABLED} and {@value #OFFICIAL_ENABLED}: the official's tokens are refused, or accepted again. */
    public record OfficialAccessChanged(String ward, String username) {
    }

    private final OutboxEvents outbox;

    WardEvents(OutboxEvents outbox) {
        this.outbox = outbox;
    }

    public OutboxEvent onboarded(Ward ward, String cityName) {
        List<UnitData> units = ward.units().stream().map(u -> new UnitData(u.code(), u.name(), u.aliases())).toList();
        return outbox.create(TOPIC, ONBOARDED, ward.ward(), ward.ward(), ward.city(), new WardOnboarded(ward.ward(), ward.name(),
                ward.type(), ward.city(), cityName, ward.adminUsername(), units));
    }

    public OutboxEvent suspended(Ward ward, String reason) {
        return outbox.create(TOPIC, SUSPENDED, ward.ward(), ward.ward(), ward.city(), new WardSuspended(ward.ward(), reason));
    }

    public OutboxEvent reinstated(Ward ward) {
        return outbox.create(TOPIC, REINSTATED, ward.ward(), ward.ward(), ward.city(), new WardReinstated(ward.ward()));
    }

    public OutboxEvent officialAccess(String ward, String city, String username, boolean disabled) {
        return outbox.create(TOPIC, disabled ? OFFICIAL_DISABLED : OFFICIAL_ENABLED, ward, ward, city,
                new OfficialAccessChanged(ward, username));
    }

    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        OutboxCollection wardsOutbox() {
            return OutboxCollection.of(Ward.class);
        }

        @Bean
        NewTopic wardsTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).build();
        }
    }
}
