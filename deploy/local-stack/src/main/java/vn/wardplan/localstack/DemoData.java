package vn.wardplan.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo data through the public API, exactly as the city and a ward office would: {@code platform.admin}
 * onboards the demo wards into the directory (their administrators already exist in the dev realm and are kept);
 * then, signed in as each ward's ward-admin ({@code <ward>.vanphong}) with the dev realm's CLI client, it registers
 * the ward's units and imports the ward's plan documents from {@code plans/<ward>-*.txt}; An Dương then gets a lived-in first
 * half of 2026 ({@link DemoYear}). Every call is idempotent (a re-import reports zero changes), so it runs on every
 * {@code ./wardplan up}.
 *
 * <p>Arguments: {@code <gateway-url> <keycloak-url> <units.json>}; plans are looked up beside the units file.
 */
public final class DemoData {

    private static final Map<String, String> WARD_ADMINS = Map.of("an-duong", "anduong.vanphong", "le-chan", "lechan.vanphong");
    private static final Map<String, String> CITY_PLANNERS = Map.of("hai-phong", "haiphong.kehoach");
    private static final Map<String, String> WARD_NAMES = Map.of("an-duong", "An Dương", "le-chan", "Lê Chân");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoData() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String keycloak = args[1];
        JsonNode wards = JSON.readTree(Path.of(args[2]).toFile());
        String platformAdmin = token(keycloak, "platform.admin");
        for (Map.Entry<String, JsonNode> ward : wards.properties()) {
            onboard(gateway, platformAdmin, ward.getKey());
        }
        loadFrames(gateway, keycloak, Path.of(args[2]).toAbsolutePath().getParent().resolve("frames"));
        for (Map.Entry<String, JsonNode> ward : wards.properties()) {
            String token = token(keycloak, WARD_ADMINS.get(ward.getKey()));
            int created = 0;
            for (JsonNode unit : ward.getValue()) {
                String body = JSON.writeValueAsString(unit);
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/units/" + unit.get("code").asString()))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    created++;
                } else if (response.statusCode() != 200) {
                    throw new IllegalStateException("Unit " + unit.get("code") + " of " + ward.getKey() + ": HTTP "
                            + response.statusCode() + " " + response.body());
                }
            }
            System.out.printf("demo data: %s has %d units (%d new)%n", ward.getKey(), ward.getValue().size(), created);
            importPlans(gateway, token, Path.of(args[2]).toAbsolutePath().getParent().resolve("plans"), ward.getKey());
        }
        if (wards.has("an-duong")) {
            new DemoYear(gateway, username -> {
                try {
                    return token(keycloak, username);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }).load();
        }
    }

    /**
     * The cities' indicator frames, each read from the city's plan document ({@code frames/<city>-*.txt}) by the city's
     * planning staff, before the wards' plans so that their import maps them at once; a city that has one keeps it.
     */
    private static void loadFrames(String gateway, String keycloak, Path folder) throws Exception {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        try (var frames = java.nio.file.Files.list(folder)) {
            for (Path frame : frames.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String city = CITY_PLANNERS.keySet().stream().filter(c -> frame.getFileName().toString().startsWith(c + "-"))
                        .findFirst().orElse(null);
                if (city == null) {
                    continue;
                }
                String token = token(keycloak, CITY_PLANNERS.get(city));
                HttpResponse<String> current = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/indicator-frame"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                if (current.statusCode() == 200) {
                    System.out.printf("demo data: %s keeps its indicator frame (version %d)%n", city,
                            JSON.readTree(current.body()).get("version").asInt());
                    continue;
                }
                HttpResponse<String> response = upload(gateway + "/api/indicator-frame/document?dryRun=false", token, frame);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Frame " + frame.getFileName() + ": HTTP " + response.statusCode() + " " + response.body());
                }
                JsonNode stored = JSON.readTree(response.body());
                System.out.printf("demo data: %s indicator frame from %s: %d indicators (version %d)%n", city,
                        stored.get("number").asString(), stored.get("indicators").size(), stored.get("version").asInt());
            }
        }
    }

    private static HttpResponse<String> upload(String url, String token, Path file) throws Exception {
        String boundary = "wardplan-demo-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void onboard(String gateway, String token, String ward) throws Exception {
        String body = JSON.writeValueAsString(Map.of("code", ward, "name", WARD_NAMES.get(ward), "type", "phuong", "city", "hai-phong",
                "admin", Map.of("username", WARD_ADMINS.get(ward), "firstName", "Văn phòng", "lastName", WARD_NAMES.get(ward))));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/wards"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("Onboarding " + ward + ": HTTP " + response.statusCode() + " " + response.body());
        }
        System.out.printf("demo data: %s in the ward directory (%s)%n", ward, response.statusCode() == 201 ? "onboarded" : "unchanged");
    }

    private static void importPlans(String gateway, String token, Path folder, String ward) throws Exception {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        try (var plans = java.nio.file.Files.list(folder)) {
            for (Path plan : plans.filter(p -> p.getFileName().toString().startsWith(ward + "-")).sorted().toList()) {
                HttpResponse<String> response = upload(gateway + "/api/plans/import?dryRun=false", token, plan);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Import of " + plan.getFileName() + ": HTTP " + response.statusCode() + " "
                            + response.body());
                }
                JsonNode report = JSON.readTree(response.body());
                System.out.printf("demo data: %s plan %s: %d indicator rows, %d tasks (%d new, %d changed), %d warnings%n", ward,
                        report.at("/plan/number").asString(), report.at("/indicators/total").asInt(),
                        report.at("/tasks/total").asInt(), report.at("/tasks/created").asInt(),
                        report.at("/tasks/updated").asInt(), report.get("warnings").size());
            }
        }
    }

    private static String token(String keycloak, String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=wardplan-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=demo";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/wardplan/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused " + username + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }
}
