package vn.wardplan.platform.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class CloudEventMappingTest {

    @Test
    void anOutboxEventBecomesACloudEventCarryingItsWard() {
        OutboxRelay relay = new OutboxRelay(null, null, List.of(), "task-service", null, null, new SimpleMeterRegistry());
        OutboxEvent event = new OutboxEvent("e-1", "wardplan.units", "vn.wardplan.unit.registered.v1", "an-duong:cong-an",
                "an-duong", "hai-phong", Instant.parse("2026-03-15T01:00:00Z"), "{\"code\":\"cong-an\"}", null);

        CloudEvent cloudEvent = relay.toCloudEvent(event);

        assertThat(cloudEvent.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(cloudEvent.getId()).isEqualTo("e-1");
        assertThat(cloudEvent.getSource().toString()).isEqualTo("/wardplan/task-service");
        assertThat(cloudEvent.getType()).isEqualTo("vn.wardplan.unit.registered.v1");
        assertThat(cloudEvent.getSubject()).isEqualTo("an-duong:cong-an");
        assertThat(cloudEvent.getExtension("ward")).isEqualTo("an-duong");
        assertThat(cloudEvent.getExtension("city")).isEqualTo("hai-phong");
        assertThat(cloudEvent.getDataContentType()).isEqualTo("application/json");
        assertThat(new String(cloudEvent.getData().toBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"code\":\"cong-an\"}");
    }
}
