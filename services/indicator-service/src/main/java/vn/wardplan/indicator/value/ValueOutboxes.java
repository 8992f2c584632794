package vn.wardplan.indicator.value;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.wardplan.platform.events.outbox.OutboxCollection;

/** The events of a value and of an assessment wait in their own documents until the relay sends them. */
@Configuration(proxyBeanMethods = false)
class ValueOutboxes {

    @Bean
    OutboxCollection indicatorValuesOutbox() {
        return OutboxCollection.of(IndicatorValue.class);
    }

    @Bean
    OutboxCollection assessmentsOutbox() {
        return OutboxCollection.of(AssessmentRecord.class);
    }
}
