package vn.wardplan.indicator.check;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.wardplan.platform.events.outbox.OutboxCollection;

/** The audit entries of a ward's check settings wait in the settings document until the relay sends them. */
@Configuration(proxyBeanMethods = false)
class CheckOutboxes {

    @Bean
    OutboxCollection checkSettingsOutbox() {
        return OutboxCollection.of(CheckSettings.class);
    }
}
