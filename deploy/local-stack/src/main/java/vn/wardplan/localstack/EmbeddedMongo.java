package vn.wardplan.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The local stack's MongoDB: mongo-java-server speaking the MongoDB wire protocol, stored in an H2 file so data
 * survives {@code ./wardplan down} and {@code up}. It has no transactions and no change streams and ignores
 * non-unique secondary indexes; production uses a real MongoDB replica set through the same driver.
 *
 * <p>Arguments: {@code <port> <data-file>}.
 */
public final class EmbeddedMongo {

    private EmbeddedMongo() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.printf("embedded MongoDB listening on 127.0.0.1:%d, data in %s%n", port, file);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Closing the backend commits the H2 store, so a clean stop loses nothing.
            server.shutdownNow();
            System.out.println("embedded MongoDB stopped");
        }, "mongo-shutdown"));
        Thread.currentThread().join();
    }
}
