package vn.wardplan.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * For tests that call the service with the real Keycloak's tokens ({@link KeycloakServer}): points
 * {@code wardplan.security.issuer-uri} at its {@code wardplan} realm and binds the server to 127.0.0.1. Use with
 * {@link TestConnections} instead of {@link TestInfrastructure}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class KeycloakTokenIssuer {

    @Bean
    DynamicPropertyRegistrar keycloakTokenIssuer() {
        return registry -> {
            registry.add("wardplan.security.issuer-uri", () -> KeycloakServer.url() + "/realms/wardplan");
            registry.add("server.address", () -> "127.0.0.1");
        };
    }
}
