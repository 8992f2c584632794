package vn.wardplan.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The one seam through which integration tests get their infrastructure: Spring Boot connection details for
 * Kafka and MongoDB (see {@link SharedInfrastructure} for where they come from) and the issuer and keys of
 * {@link TestTokens}. Each application context gets its own database unless {@code wardplan.test.database}
 * names one, which is how a test restarts a service on the same data.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestConnections.class, TestTokenIssuer.class})
public class TestInfrastructure {
}
