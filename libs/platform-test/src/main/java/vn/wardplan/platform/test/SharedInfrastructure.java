package vn.wardplan.platform.test;

import java.util.Locale;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Kafka and MongoDB for every test in this JVM, started once on first use. With Docker, real images through
 * Testcontainers; without it (as on our build machines), the embedded KRaft broker of spring-kafka-test and the
 * MongoDB-wire-compatible mongo-java-server. {@code WARDPLAN_TEST_INFRA=containers|embedded} forces one.
 */
public final class SharedInfrastructure {

    private static String kafkaBootstrap;
    private static String mongoBase;
    private static String mode;

    private SharedInfrastructure() {
    }

    public static synchronized String mode() {
        if (mode == null) {
            String forced = System.getenv("WARDPLAN_TEST_INFRA");
            if (forced != null && !forced.isBlank()) {
                mode = forced.trim().toLowerCase(Locale.ROOT);
            } else {
                mode = dockerAvailable() ? "containers" : "embedded";
            }
        }
        return mode;
    }

    /** Bootstrap servers of the shared broker. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrap == null) {
            if (mode().equals("containers")) {
                KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0");
                kafka.start();
                kafkaBootstrap = kafka.getBootstrapServers();
            } else {
                EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
                broker.brokerProperty("auto.create.topics.enable", "true");
                broker.afterPropertiesSet();
                kafkaBootstrap = broker.getBrokersAsString();
            }
        }
        return kafkaBootstrap;
    }

    /** {@code mongodb://host:port} of the shared server, without a database. */
    public static synchronized String mongoBaseUri() {
        if (mongoBase == null) {
            if (mode().equals("containers")) {
                MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
                mongo.start();
                mongoBase = "mongodb://" + mongo.getHost() + ":" + mongo.getFirstMappedPort();
            } else {
                MongoServer server = new MongoServer(new MemoryBackend());
                server.bind("127.0.0.1", 0);
                mongoBase = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
            }
        }
        return mongoBase;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
