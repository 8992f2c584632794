package vn.wardplan.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points {@code wardplan.security.*} at {@link TestTokens}' issuer and JWKS endpoint, and binds the server under
 * test to 127.0.0.1 only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokenIssuer {

    @Bean
    DynamicPropertyRegistrar testTokenIssuer() {
        return registry -> {
            registry.add("wardplan.security.issuer-uri", TestTokens::issuer);
            registry.add("wardplan.security.jwk-set-uri", TestTokens::jwkSetUri);
            registry.add("server.address", () -> "127.0.0.1");
        };
    }
}
