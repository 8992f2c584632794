package vn.wardplan.platform.test;

import java.util.UUID;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import com.mongodb.ConnectionString;

/**
 * The MongoDB half of {@link TestConnections}, alone for what needs no Kafka (the gateway's session store). Each
 * application context gets its own database unless {@code wardplan.test.database} names one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMongoConnection {

    @Bean
    MongoConnectionDetails testMongoConnectionDetails(Environment environment) {
        String database = environment.getProperty("wardplan.test.database",
                "test-" + UUID.randomUUID().toString().substring(0, 8));
        ConnectionString connection = new ConnectionString(SharedInfrastructure.mongoBaseUri() + "/" + database);
        return () -> connection;
    }
}
