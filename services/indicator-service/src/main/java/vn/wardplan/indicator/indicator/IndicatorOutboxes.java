package vn.wardplan.indicator.indicator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.wardplan.platform.events.outbox.OutboxCollection;

/** The events an indicator carries wait in its own document until the relay sends them. */
@Configuration(proxyBeanMethods = false)
class IndicatorOutboxes {

    @Bean
    OutboxCollection indicatorsOutbox() {
        return OutboxCollection.of(Indicator.class);
    }
}
