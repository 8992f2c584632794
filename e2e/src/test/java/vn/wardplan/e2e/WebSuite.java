package vn.wardplan.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the web application's browser suite ({@code web/e2e}, Vitest + Playwright driving Debian's Chromium) against
 * a running stack: {@code npm run e2e} with the gateway's address and the folder for its screenshots.
 */
final class WebSuite {

    record Result(int exitCode, String output) {
    }

    private WebSuite() {
    }

    static Result run(Path web, String gateway, Path screenshots) throws IOException, InterruptedException {
        return run(web, gateway, screenshots, "e2e/officials.e2e.ts", Map.of());
    }

    /** One spec file of the suite, with environment variables of its own (e.g. the replica it may stop). */
    static Result run(Path web, String gateway, Path screenshots, String spec, Map<String, String> env)
            throws IOException, InterruptedException {
        Files.createDirectories(screenshots);
        Path log = Files.createTempFile(screenshots.getParent(), "web-e2e", ".log");
        ProcessBuilder builder = new ProcessBuilder("npm", "run", "e2e", "--", spec).directory(web.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("WARDPLAN_GATEWAY", gateway);
        builder.environment().put("WARDPLAN_SCREENSHOTS", screenshots.toString());
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The browser suite did not finish in 10 minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        return new Result(process.exitValue(), output);
    }
}
