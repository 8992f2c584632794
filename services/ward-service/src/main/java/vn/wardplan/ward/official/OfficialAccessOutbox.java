package vn.wardplan.ward.official;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.wardplan.platform.events.outbox.OutboxCollection;

/** An official's access document carries its events and audit entries; declared here, where the document lives. */
@Configuration(proxyBeanMethods = false)
class OfficialAccessOutbox {

    @Bean
    OutboxCollection officialAccessCollection() {
        return OutboxCollection.of(OfficialAccess.class);
    }
}
