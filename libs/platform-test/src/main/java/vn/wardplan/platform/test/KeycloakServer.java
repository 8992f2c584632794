package vn.wardplan.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * The real Keycloak with the dev realm ({@code deploy/keycloak/wardplan-realm.json}), for tests that talk to its
 * admin API or its login. Started once per JVM on first use: the {@code quay.io/keycloak/keycloak} image where Docker
 * runs, otherwise the same {@code keycloak-quarkus-dist} the local stack runs, unpacked under the module's
 * {@code target/} (the module copies the zip and names it in {@code wardplan.test.keycloak-dist}).
 */
public final class KeycloakServer {

    private static String url;

    private KeycloakServer() {
    }

    /** The base URL, e.g. {@code http://127.0.0.1:34567}; realm {@code wardplan} is imported. */
    public static synchronized String url() {
        if (url == null) {
            url = SharedInfrastructure.mode().equals("containers") ? startContainer() : startDistribution();
        }
        return url;
    }

    private static String startContainer() {
        GenericContainer<?> keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:26.5.6")
                .withCopyFileToContainer(MountableFile.forHostPath(realmFile()), "/opt/keycloak/data/import/wardplan-realm.json")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin").withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withCommand("start-dev", "--import-realm").withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/wardplan").forPort(8080).withStartupTimeout(Duration.ofMinutes(3)));
        keycloak.start();
        return "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080);
    }

    private static String startDistribution() {
        try {
            Path zip = Path.of(System.getProperty("wardplan.test.keycloak-dist", "target/keycloak/keycloak-dist.zip"));
            if (!Files.exists(zip)) {
                throw new IllegalStateException("No Keycloak distribution at " + zip.toAbsolutePath()
                        + ": the module's build copies keycloak-quarkus-dist there (see notification-service's pom)");
            }
            Path base = Path.of("target/keycloak-test").toAbsolutePath();
            Path home = unpackOnce(zip, base);
            // A fresh dev database each run, so the realm file as it is now is imported (Keycloak skips existing realms).
            deleteTree(home.resolve("data/h2"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile(), imports.resolve("wardplan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://127.0.0.1:" + port, "--cache=local")
                    .redirectErrorStream(true).redirectOutput(base.resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m");
            // JDK 24+: without it Keycloak's worker threads die after their first request (see ./wardplan).
            builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }));
            String baseUrl = "http://127.0.0.1:" + port;
            awaitRealm(baseUrl, process, base.resolve("keycloak.log"));
            return baseUrl;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak: " + e.getMessage(), e);
        }
    }

    private static Path unpackOnce(Path zip, Path base) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String top = archive.entries().nextElement().getName().split("/")[0];
            Path home = base.resolve(top);
            if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
                return home;
            }
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = base.resolve(entry.getName()).normalize();
                if (!target.startsWith(base)) {
                    throw new IOException("Entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (var scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            return home;
        }
    }

    private static void awaitRealm(String base, Process process, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/wardplan"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not serve realm wardplan within 4 minutes; see " + log);
    }

    /**
     * A password grant through the dev realm's {@code wardplan-cli} client, as a person signing in would get their
     * tokens: status 200 with {@code access_token}, or Keycloak's error (400/401) when it refuses the account.
     */
    public static ApiClient.Response passwordGrant(String username, String password) {
        return new ApiClient(url()).form("/realms/wardplan/protocol/openid-connect/token", "grant_type=password&client_id=wardplan-cli"
                + "&username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The dev realm of the repository, found from the module's folder upwards. */
    static Path realmFile() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null) {
            Path realm = folder.resolve("deploy/keycloak/wardplan-realm.json");
            if (Files.exists(realm)) {
                return realm;
            }
            folder = folder.getParent();
        }
        throw new IllegalStateException("deploy/keycloak/wardplan-realm.json not found above " + Path.of("").toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
