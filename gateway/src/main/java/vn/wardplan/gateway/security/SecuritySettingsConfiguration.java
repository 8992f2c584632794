package vn.wardplan.gateway.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import vn.wardplan.platform.security.TokenSettings;

/** Binds the shared token settings ({@code wardplan.security.*}) for the gateway. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenSettings.class)
class SecuritySettingsConfiguration {
}
