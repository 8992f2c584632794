package vn.wardplan.task.unit;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.task.regime.ReportingRegimes;

/**
 * A ward onboarded by ward-service ({@code wardplan.wards}) starts with the units its onboarding named, so its
 * plan import resolves unit names from the first day, and its reporting regime (its city's default). Units the ward
 * already has are left as they are.
 */
@Component
class WardOnboardedListener {

    private static final Logger log = LoggerFactory.getLogger(WardOnboardedListener.class);
    static final String CONSUMER = "task-ward-onboarding";

    /** task-service's own copy of ward-service's contract: only the fields it reads. */
    record WardOnboarded(String code, List<UnitData> units) {
    }

    record UnitData(String code, String name, List<String> aliases) {
    }

    private final EventInbox inbox;
    private final UnitCatalogue catalogue;
    private final ReportingRegimes regimes;

    WardOnboardedListener(EventInbox inbox, UnitCatalogue catalogue, ReportingRegimes regimes) {
        this.inbox = inbox;
        this.regimes = regimes;
        this.catalogue = catalogue;
    }

    @KafkaListener(topics = "wardplan.wards", groupId = CONSUMER)
    void onWardEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (!event.type().equals("vn.wardplan.ward.onboarded.v1")) {
            return;
        }
        WardOnboarded ward = event.dataAs(WardOnboarded.class);
        WardScope scope = WardScope.trusted(event.ward(), event.city());
        int created = 0;
        for (UnitData unit : ward.units() == null ? List.<UnitData>of() : ward.units()) {
            if (unit.code() == null || unit.name() == null) {
                throw new IllegalArgumentException("Ward event " + event.id() + " has a unit without code or name");
            }
            if (catalogue.registerIfAbsent(scope, unit.code(), unit.name(), unit.aliases() == null ? List.of() : unit.aliases())) {
                created++;
            }
        }
        // The new ward reports by its city's default regime from its first day; the event tells the other services.
        regimes.followCity(List.of(scope));
        log.info("Ward {} onboarded: {} of its {} units registered", event.ward(), created, ward.units() == null ? 0 : ward.units().size());
    }
}
