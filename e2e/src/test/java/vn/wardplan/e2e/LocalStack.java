package vn.wardplan.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives the README's own {@code ./wardplan} script, in a state folder under {@code target/} and with every port
 * shifted, so the test runs beside a developer's stack without touching it.
 */
final class LocalStack {

    static final int OFFSET = 20000;
    static final String GATEWAY = "http://localhost:" + (8080 + OFFSET);
    static final String KEYCLOAK = "http://localhost:" + (8180 + OFFSET);

    private final Path root;
    private final Path home;

    LocalStack(Path root, Path home) {
        this.root = root;
        this.home = home;
    }

    /** Exit code and output of one {@code ./wardplan} command. */
    record Result(int exitCode, String output) {
    }

    Result run(String command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(home.getParent(), "wardplan-" + command, ".log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("wardplan").toString(), command)
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("WARDPLAN_HOME", home.toString());
        builder.environment().put("WARDPLAN_PORT_OFFSET", String.valueOf(OFFSET));
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("./wardplan " + command + " did not finish in 10 minutes");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Process ids that {@code up} recorded. */
    List<Long> recordedPids() throws IOException {
        List<Long> pids = new ArrayList<>();
        Path run = home.resolve("run");
        if (Files.isDirectory(run)) {
            try (var files = Files.list(run)) {
                for (Path file : files.toList()) {
                    pids.add(Long.parseLong(Files.readString(file).trim()));
                }
            }
        }
        return pids;
    }
}
