package vn.wardplan.platform.test;

import java.util.List;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Spring Boot connection details for Kafka and MongoDB (see {@link SharedInfrastructure} for where they come from),
 * the half of {@link TestInfrastructure} that tests using the real Keycloak's tokens ({@link KeycloakTokenIssuer})
 * share. Each application context gets its own database unless {@code wardplan.test.database}
 * names one, which is how a test restarts a service on the same data.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestMongoConnection.class)
public class TestConnections {

    @Bean
    KafkaConnectionDetails testKafkaConnectionDetails() {
        List<String> servers = List.of(SharedInfrastructure.kafkaBootstrapServers().split(","));
        return () -> servers;
    }
}
