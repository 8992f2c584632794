package vn.wardplan.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * reporting-service's integration tests run on 26/11/2026 (10:00 in Vietnam) and share one application context: its
 * Kafka consumers have fixed group ids, so a second cached context would take half of the partitions.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedDay {

    @Bean
    @Primary
    Clock clockOn26November2026() {
        return Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);
    }
}
