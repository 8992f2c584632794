package vn.wardplan.platform.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.wardplan.platform.test.KafkaProbe;

/** An event is believed only from its topic's producer and only if it is not dated in the future. */
class EventOriginsTest {

    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void onlyTheTopicsProducerIsBelieved() {
        assertThatCode(() -> EventOrigins.check("wardplan.wards", "/wardplan/ward-service", NOW.atOffset(ZoneOffset.UTC), "e1", NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> EventOrigins.check("wardplan.wards", "/wardplan/task-service", NOW.atOffset(ZoneOffset.UTC), "e2",
                NOW)).hasMessageContaining("only /wardplan/ward-service publishes there");
        assertThatThrownBy(() -> EventOrigins.check("wardplan.indicators", null, null, "e3", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> EventOrigins.check("a.topic.of.a.test", "/wardplan/test", null, "e4", NOW)).doesNotThrowAnyException();
    }

    @Test
    void theAuditTrailIsWrittenByEveryServiceThatChangesThingsAndNobodyElse() {
        for (String service : new String[] {"indicator", "task", "notification", "ward"}) {
            assertThatCode(() -> EventOrigins.check("wardplan.audit", "/wardplan/" + service + "-service", null, "a-" + service, NOW))
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> EventOrigins.check("wardplan.audit", "/wardplan/reporting-service", null, "a1", NOW))
                .hasMessageContaining("claims source /wardplan/reporting-service");
        assertThatThrownBy(() -> EventOrigins.check("wardplan.audit", "/wardplan/test", null, "a2", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTimeBeyondTheClocksDriftIsNotBelieved() {
        assertThatCode(() -> EventOrigins.check("wardplan.tasks", "/wardplan/task-service",
                NOW.plus(EventOrigins.SKEW).atOffset(ZoneOffset.UTC), "e5", NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EventOrigins.check("wardplan.tasks", "/wardplan/task-service",
                NOW.plus(EventOrigins.SKEW).plusSeconds(1).atOffset(ZoneOffset.UTC), "e6", NOW)).hasMessageContaining("in the future");
    }

    @Test
    void theTestsPublishAsTheSameProducers() {
        assertThat(KafkaProbe.SOURCES).isEqualTo(EventOrigins.OWNERS);
    }
}
