package vn.wardplan.platform.test;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import com.mongodb.ConnectionString;

/**
 * Spring Boot connection details for Kafka and MongoDB (see {@link SharedInfrastructure} for where they come from),
 * the half of {@link TestInfrastructure} that tests using the real Keycloak's tokens ({@link KeycloakTokenIssuer})
 * share. Each application context gets its own database unless {@code wardplan.test.database}
 * names one, which is how a test restarts a service on the same data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestConnections {

    @Bean
    MongoConnectionDetails testMongoConnectionDetails(Environment environment) {
        String database = environment.getProperty("wardplan.test.database",
                "test-" + UUID.randomUUID().toString().substring(0, 8));
        ConnectionString connection = new ConnectionString(SharedInfrastructure.mongoBaseUri() + "/" + database);
        return () -> connection;
    }

    @Bean
    KafkaConnectionDetails testKafkaConnectionDetails() {
        List<String> servers = List.of(SharedInfrastructure.kafkaBootstrapServers().split(","));
        return () -> servers;
    }
}
