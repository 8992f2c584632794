package vn.wardplan.ward.keycloak;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.wardplan.ward.official.Accounts;

@Configuration(proxyBeanMethods = false)
class KeycloakConfiguration {

    @Bean
    @ConditionalOnMissingBean(Accounts.class)
    Accounts keycloakAccounts(KeycloakAccounts.Settings settings) {
        return new KeycloakAccounts(settings);
    }
}
