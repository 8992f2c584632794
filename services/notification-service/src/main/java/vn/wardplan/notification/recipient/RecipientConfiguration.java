package vn.wardplan.notification.recipient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Officials come from Keycloak. */
@Configuration(proxyBeanMethods = false)
class RecipientConfiguration {

    @Bean
    Officials keycloakOfficials(KeycloakOfficials.Settings settings) {
        return new KeycloakOfficials(settings, RestClient.builder());
    }
}
