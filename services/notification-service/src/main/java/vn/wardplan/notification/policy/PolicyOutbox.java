package vn.wardplan.notification.policy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.wardplan.platform.events.outbox.OutboxCollection;

/** A policy's change carries its audit-trail entry in the policy's own document; the relay drains it from there. */
@Configuration(proxyBeanMethods = false)
class PolicyOutbox {

    @Bean
    OutboxCollection reminderPoliciesOutbox() {
        return OutboxCollection.of(ReminderPolicy.class);
    }
}
