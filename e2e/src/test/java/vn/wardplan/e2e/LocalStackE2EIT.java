package vn.wardplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's promise, checked on the real stack: {@code ./wardplan up} brings every component up, an official
 * signs in through Keycloak's own login page, the services answer through the gateway, Lê Chân sees nothing of
 * An Dương, data survives {@code down}/{@code up}, and {@code down} leaves no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackE2EIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path HOME = Path.of("target/e2e-stack").toAbsolutePath();
    static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    static final LocalStack stack = new LocalStack(ROOT, HOME);
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void up() throws Exception {
        Files.createDirectories(HOME);
        stack.run("down"); // leftovers of an interrupted earlier run
        // Each run starts from empty data, Keycloak's too: the accounts a run creates (hong-bang's) must not exist yet.
        deleteTree(HOME.resolve("data"));
        deleteTree(HOME.resolve("kafka"));
        if (Files.isDirectory(HOME.resolve("keycloak"))) {
            try (var homes = Files.list(HOME.resolve("keycloak"))) {
                for (Path keycloak : homes.toList()) {
                    deleteTree(keycloak.resolve("data/h2"));
                }
            }
        }
        LocalStack.Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("wardplan is up", "all components healthy",
                "an-duong plan 86/KH-UBND: 19 indicator rows, 44 tasks");
    }

    @AfterAll
    static void down() throws Exception {
        stack.run("down");
    }

    /** The warnings and errors the components logged, for a failure's message (CI keeps no files of a run). */
    private static String problemsLogged(String... components) {
        StringBuilder problems = new StringBuilder();
        for (String component : components) {
            try (var lines = Files.lines(HOME.resolve("logs").resolve(component + ".log"))) {
                List<String> logged = lines.filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")).toList();
                problems.append("\n--- ").append(component).append(": the last warnings and errors of ").append(logged.size())
                        .append('\n').append(String.join("\n", logged.subList(Math.max(0, logged.size() - 30), logged.size())));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                problems.append("\n--- ").append(component).append(": log not readable (").append(e.getMessage()).append(')');
            }
        }
        return problems.toString();
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    @Order(1)
    void anOfficialSignsInThroughKeycloaksLoginPageAndOut() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> loginPage = browser.get(LocalStack.GATEWAY + "/");
        assertThat(loginPage.uri().toString()).startsWith(LocalStack.KEYCLOAK + "/realms/wardplan/protocol/openid-connect/auth");
        assertThat(loginPage.uri().getQuery()).contains("code_challenge_method=S256");

        HttpResponse<String> home = browser.submit(Browser.formAction(loginPage, "kc-form-login"),
                Map.of("username", "anduong.vanphong", "password", "demo"));
        assertThat(home.uri().toString()).isEqualTo(LocalStack.GATEWAY + "/");
        assertThat(home.body()).as("the web application's page").contains("<div id=\"root\">", "lang=\"vi\"");
        assertThat(home.body()).doesNotContain("access_token", "eyJ");

        JsonNode me = json.readTree(browser.get(LocalStack.GATEWAY + "/api/me").body());
        assertThat(me.get("username").asString()).isEqualTo("anduong.vanphong");
        assertThat(me.get("displayName").asString()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(me.get("roles").toString()).contains("ward-admin");
        assertThat(me.get("ward").asString()).isEqualTo("an-duong");
        assertThat(me.get("unit").asString()).isEqualTo("van-phong");

        HttpResponse<String> units = browser.get(LocalStack.GATEWAY + "/api/units");
        assertThat(units.statusCode()).isEqualTo(200);
        assertThat(units.body()).contains("Phòng Kinh tế, Hạ tầng và Đô thị");

        // What the application's sign-out form posts: the CSRF token the gateway keeps in the XSRF-TOKEN cookie.
        HttpResponse<String> afterLogout = browser.submit(LocalStack.GATEWAY + "/logout",
                Map.of("_csrf", browser.cookie("XSRF-TOKEN")));
        assertThat(afterLogout.uri().toString()).startsWith(LocalStack.KEYCLOAK + "/realms/wardplan/protocol/openid-connect/auth");
        assertThat(browser.get(LocalStack.GATEWAY + "/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void everyServiceAnswersThroughTheGatewayWithABearerToken() throws Exception {
        String token = token("anduong.kinhte");
        for (String path : List.of("/api/me", "/api/units", "/api/indicators", "/api/notifications/inbox",
                "/api/reports/wards/an-duong/units")) {
            assertThat(get(path, token).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get("/api/me", token).body()).contains("\"unit\":\"kinh-te-ha-tang-do-thi\"");
    }

    @Test
    @Order(3)
    void unitsRegisteredInTaskServiceReachReportingThroughKafkaInOneTrace() throws Exception {
        String admin = token("anduong.vanphong");
        String traceId = java.util.UUID.randomUUID().toString().replace("-", "");
        String name = "Tổ công tác E2E " + traceId.substring(0, 6);
        HttpResponse<String> put = http.send(HttpRequest.newBuilder().timeout(Duration.ofSeconds(30)).uri(URI.create(LocalStack.GATEWAY + "/api/units/e2e-to-cong-tac"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isIn(200, 201);

        long deadline = System.currentTimeMillis() + 30_000;
        String directory = "";
        while (System.currentTimeMillis() < deadline && !directory.contains(name)) {
            directory = get("/api/reports/wards/an-duong/units", admin).body();
            Thread.sleep(250);
        }
        assertThat(directory).contains(name, "ban-chi-huy-quan-su");
        // One trace from the HTTP request through the outbox and Kafka into the consumer.
        assertThat(Files.readString(HOME.resolve("logs/task-service.log"))).contains(traceId);
        assertThat(Files.readString(HOME.resolve("logs/reporting-service.log"))).contains(traceId);
    }

    @Test
    @Order(4)
    void theSeedPlanIsImportedOnUpWithEveryRowAndLeChanSeesNoneOfIt() throws Exception {
        String anDuong = token("anduong.vanphong");
        String leChan = token("lechan.vanphong");

        JsonNode tasks = json.readTree(get("/api/tasks?size=500", anDuong).body());
        assertThat(tasks.at("/page/totalElements").asLong()).isEqualTo(44);
        assertThat(tasks.get("content").get(0).at("/leadUnit/code").asString()).isEqualTo("van-phong");
        long deadline = System.currentTimeMillis() + 30_000;
        long indicators = 0;
        while (System.currentTimeMillis() < deadline && indicators < 19) {
            indicators = json.readTree(get("/api/indicators", anDuong).body()).at("/page/totalElements").asLong();
            Thread.sleep(250);
        }
        assertThat(indicators).isEqualTo(19);

        // Lê Chân has its own plan (6 tasks, 19 indicator rows and a sub-row) and none of An Dương's.
        JsonNode leChanTasks = json.readTree(get("/api/tasks?size=500", leChan).body());
        assertThat(leChanTasks.at("/page/totalElements").asLong()).isEqualTo(6);
        assertThat(leChanTasks.get("content").valueStream().map(t -> t.get("id").asString())).allMatch(id -> id.startsWith("le-chan:"));
        JsonNode leChanIndicators = json.readTree(get("/api/indicators?size=500", leChan).body());
        assertThat(leChanIndicators.at("/page/totalElements").asLong()).isEqualTo(20);
        assertThat(leChanIndicators.get("content").valueStream().map(i -> i.get("id").asString())).allMatch(id -> id.startsWith("le-chan:"));
    }

    @Test
    @Order(5)
    void inARealBrowserTheUnitSubmitsTheGrdpValueTheOfficeApprovesItAndTheDashboardShowsIt() throws Exception {
        String grdp = "/api/indicators/an-duong:86-KH-UBND:1";
        String vanPhong = token("anduong.vanphong");
        assertThat(send("PUT", grdp + "/baseline", vanPhong, "{\"year\":2025,\"value\":100}").statusCode()).isEqualTo(200);

        // web/e2e (Playwright driving Debian's Chromium): anduong.kinhte enters 112 and submits, anduong.vanphong
        // approves, anduong.chutich's dashboard shows the status, lechan.vanphong sees nothing of An Dương.
        WebSuite.Result suite = WebSuite.run(ROOT.resolve("web"), LocalStack.GATEWAY, SCREENSHOTS);
        assertThat(suite.exitCode()).as(() -> suite.output() + problemsLogged("gateway", "indicator-service", "reporting-service"))
                .isZero();
        assertThat(SCREENSHOTS.resolve("05-dashboard-leader.png")).isNotEmptyFile();

        assertThat(send("PUT", grdp + "/values/2026", token("anduong.vhxh"), "{\"value\":150}").statusCode()).isEqualTo(403);
        JsonNode assessment = json.readTree(get(grdp + "/assessment?year=2026", vanPhong).body()).get("assessment");
        assertThat(assessment.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(assessment.get("reason").asString()).contains("cần đạt 14,5 %/năm trong các năm còn lại");
    }

    @Test
    @Order(6)
    void aRescheduledDeliverableRemindsItsUnitsByInboxAndMailAndSubmittingItCancelsTheRest() throws Exception {
        String vanPhong = token("anduong.vanphong");
        // The ward office turns the quiet hours off, so the run does not depend on the time of day.
        assertThat(send("PUT", "/api/notifications/policy", vanPhong, """
                {"beforeWorkingDays":[7,3,1],"onDueDay":true,"overdueEveryWorkingDays":2,"maxOverdueReminders":10,
                 "escalateAfterWorkingDays":3,"sendTime":"08:00","quietFrom":null,"quietUntil":null,
                 "webhookUrl":null,"webhookSecret":null}
                """).statusCode()).isEqualTo(200);
        // Task 17: lead Phòng Kinh tế, Hạ tầng và Đô thị, coordinating Phòng Văn hóa - Xã hội; it reports every period, and
        // the city wants its 2026 report early.
        String task = "an-duong:86-KH-UBND:17";
        LocalDate due = twoWorkingDaysFromNow(vanPhong);
        assertThat(send("POST", "/api/tasks/" + task + "/deliverables/2026/reschedule", vanPhong,
                "{\"dueDate\":\"" + due + "\",\"reason\":\"Thành phố yêu cầu báo cáo sớm\"}").statusCode()).isEqualTo(200);

        String dueText = due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get("/api/notifications/inbox", token("anduong.kinhte")).body()).contains("/tasks/" + task, dueText);
            assertThat(get("/api/notifications/inbox", token("anduong.vhxh")).body()).contains("/tasks/" + task);
            assertThat(mailTo("anduong.kinhte@wardplan.test")).contains(dueText);
            assertThat(mailTo("anduong.vhxh@wardplan.test")).contains(dueText);
            assertThat(mailTo("phongkinhte.anduong@wardplan.test")).as("the unit's official mailbox").contains(dueText);
        });

        assertThat(send("POST", "/api/tasks/" + task + "/deliverables/2026/submit", token("anduong.kinhte"), "").statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode log = json.readTree(get("/api/notifications/reminders?item=" + task, vanPhong).body());
            assertThat(log.valueStream().filter(r -> r.get("dueDate").asString().equals(due.toString()))
                    .map(r -> r.get("status").asString())).contains("SENT", "CANCELLED").doesNotContain("PENDING");
        });
        assertThat(get("/api/notifications/inbox", token("lechan.kinhte")).body()).doesNotContain("an-duong");
        assertThat(mailTo("lechan.kinhte@wardplan.test")).doesNotContain("an-duong");
    }

    @Test
    @Order(7)
    void theLeaderSeesTheDashboardAndDownloadsTheAnnualReportThatLibreOfficeOpens() throws Exception {
        String leader = token("anduong.chutich");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode dashboard = json.readTree(get("/api/reports/wards/an-duong/dashboard?year=2026", leader).body());
            assertThat(dashboard.get("indicators")).hasSize(19);
            assertThat(dashboard.get("indicators").valueStream().filter(i -> i.get("key").asString().equals("1")).findFirst()
                    .orElseThrow().get("status").asString()).as("GRDP, approved in the previous test").isEqualTo("AT_RISK");
            assertThat(dashboard.at("/tasks/total").asInt()).isPositive();
        });
        Path folder = Files.createDirectories(HOME.resolve("documents"));
        Map<String, String> documents = new java.util.LinkedHashMap<>();
        for (String format : List.of("docx", "xlsx", "pdf")) {
            documents.put("bao-cao-2026." + format, "/api/reports/wards/an-duong/annual-report?year=2026&format=" + format);
        }
        // The consolidated draft of the first half-year, once its units' deadline (16/6/2026) has passed.
        documents.put("du-thao-ky-2026-6M.docx", "/api/reports/wards/an-duong/periods/2026-6M/draft");
        for (Map.Entry<String, String> document : documents.entrySet()) {
            String format = document.getKey().substring(document.getKey().lastIndexOf('.') + 1);
            HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                    .uri(URI.create(LocalStack.GATEWAY + document.getValue()))
                    .header("Authorization", "Bearer " + leader).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            Path file = Files.write(folder.resolve(document.getKey()), download.body());
            if (format.equals("pdf")) {
                assertThat(new String(download.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                continue;
            }
            Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + HOME.resolve("lo-profile"),
                    "--headless", "--convert-to", "pdf", "--outdir", folder.resolve(format).toString(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(soffice.waitFor()).as(output).isZero();
            assertThat(folder.resolve(format).resolve(document.getKey().replaceFirst("\\.[a-z]+$", ".pdf"))).as(output).isNotEmptyFile();
        }
        try (var draft = new java.util.zip.ZipFile(folder.resolve("du-thao-ky-2026-6M.docx").toFile())) {
            String xml = new String(draft.getInputStream(draft.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("6 tháng đầu năm 2026", "CÁC CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO", "Ban Chỉ huy quân sự phường");
        }
        try (var docx = new java.util.zip.ZipFile(folder.resolve("bao-cao-2026.docx").toFile())) {
            String xml = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("PHỤ LỤC I", "PHỤ LỤC II", "Tổng giá trị sản phẩm trên địa bàn", "Có nguy cơ không đạt",
                    "Triển khai kế hoạch đầu tư công trung hạn và hàng năm");
        }

        JsonNode comparison = json.readTree(get("/api/reports/cities/hai-phong/comparison?year=2026", token("haiphong.viewer")).body());
        assertThat(comparison.get("wards").findValuesAsString("code")).contains("an-duong", "le-chan");
        assertThat(get("/api/reports/wards/an-duong/dashboard?year=2026", token("lechan.vanphong")).statusCode()).isEqualTo(403);
    }

    /** Two working days after today in Vietnam, by the ward's own calendar (weekends and holidays skipped). */
    private static LocalDate twoWorkingDaysFromNow(String token) throws Exception {
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String calendar = get("/api/notifications/calendar/" + day.getYear(), token).body()
                + get("/api/notifications/calendar/" + (day.getYear() + 1), token).body();
        int left = 2;
        while (left > 0) {
            day = day.plusDays(1);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            if (!weekend && !calendar.contains("\"date\":\"" + day + "\"")) {
                left--;
            }
        }
        return day;
    }

    /** What GreenMail of the local stack received for an address (its web API), or "" when nothing. */
    private static String mailTo(String address) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder().timeout(Duration.ofSeconds(30))
                .uri(URI.create("http://127.0.0.1:" + (8025 + LocalStack.OFFSET) + "/api/user/" + address + "/messages/INBOX")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() == 200 ? response.body() : "";
    }

    @Test
    @Order(8)
    void leChanCannotReadAnythingOfAnDuong() throws Exception {
        String leChan = token("lechan.kinhte");

        HttpResponse<String> report = get("/api/reports/wards/an-duong/units", leChan);
        HttpResponse<String> units = get("/api/units", leChan);
        HttpResponse<String> unit = get("/api/units/e2e-to-cong-tac", leChan);

        assertThat(report.statusCode()).isEqualTo(403);
        assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(units.statusCode()).isEqualTo(200);
        // Lê Chân has the standard units of its own onboarding, and none of An Dương's.
        assertThat(units.body()).contains("ban-chi-huy-quan-su").doesNotContain("e2e-to-cong-tac", "an-duong", "phongkinhte.anduong");
        assertThat(unit.statusCode()).isEqualTo(404);
    }

    @Test
    @Order(9)
    void aTamperedTokenIsRefusedAtTheGatewayAndAtTheService() throws Exception {
        String[] parts = token("lechan.kinhte").split("\\.");
        String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"le-chan\"", "\"an-duong\"").getBytes(StandardCharsets.UTF_8));
        String forged = parts[0] + "." + forgedClaims + "." + parts[2];

        assertThat(get("/api/units", forged).statusCode()).isEqualTo(401);
        HttpResponse<String> direct = http.send(HttpRequest.newBuilder().timeout(Duration.ofSeconds(30)).uri(URI.create("http://127.0.0.1:" + (8082 + LocalStack.OFFSET)
                + "/api/units")).header("Authorization", "Bearer " + forged).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(10)
    void platformAdminOnboardsHongBangWhoseAdminChangesThePasswordImportsAPlanAndSeesOnlyHongBang() throws Exception {
        HttpResponse<String> onboarded = send("POST", "/api/wards", token("platform.admin"), """
                {"code":"hong-bang","name":"Hồng Bàng","type":"phuong","city":"hai-phong",
                 "admin":{"username":"hongbang.vanphong","email":"hongbang.vanphong@wardplan.test",
                          "firstName":"Đỗ Thị","lastName":"Lan"}}""");
        assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);
        String temporary = json.readTree(onboarded.body()).at("/admin/temporaryPassword").asString();
        assertThat(json.readTree(onboarded.body()).at("/admin/setupMailSent").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(mailTo("hongbang.vanphong@wardplan.test")).contains("action-token"));

        // Keycloak's own pages: the temporary password, then the required new one.
        Browser browser = new Browser();
        HttpResponse<String> loginPage = browser.get(LocalStack.GATEWAY + "/");
        HttpResponse<String> changePassword = browser.submit(Browser.formAction(loginPage, "kc-form-login"),
                Map.of("username", "hongbang.vanphong", "password", temporary));
        assertThat(changePassword.uri().toString()).startsWith(LocalStack.KEYCLOAK);
        HttpResponse<String> home = browser.submit(Browser.formAction(changePassword, "kc-passwd-update-form"),
                Map.of("password-new", "HongBang-2026", "password-confirm", "HongBang-2026"));
        assertThat(home.uri().toString()).isEqualTo(LocalStack.GATEWAY + "/");
        assertThat(home.body()).contains("<div id=\"root\">");
        JsonNode me = json.readTree(browser.get(LocalStack.GATEWAY + "/api/me").body());
        assertThat(me.get("username").asString()).isEqualTo("hongbang.vanphong");
        assertThat(me.get("ward").asString()).isEqualTo("hong-bang");
        assertThat(me.get("roles").toString()).contains("ward-admin");

        String admin = token("hongbang.vanphong", "HongBang-2026");
        // An empty ward, with the standard units it was onboarded with.
        assertThat(json.readTree(get("/api/tasks", admin).body()).at("/page/totalElements").asLong()).isZero();
        assertThat(json.readTree(get("/api/indicators", admin).body()).at("/page/totalElements").asLong()).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/units", admin).body()).contains("Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường"));
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                .uri(URI.create(LocalStack.GATEWAY + "/api/plans/import?dryRun=false")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "multipart/form-data; boundary=e2e")
                .POST(HttpRequest.BodyPublishers.ofString("--e2e\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"ke-hoach.txt\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                        + Files.readString(ROOT.resolve("deploy/demo/plans/an-duong-86-KH-UBND-2026.txt")) + "\r\n--e2e--\r\n",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).at("/tasks/created").asInt()).isEqualTo(44);

        JsonNode wards = json.readTree(get("/api/wards", admin).body());
        assertThat(wards.get("content").findValuesAsString("code")).containsExactly("hong-bang");
        JsonNode tasks = json.readTree(get("/api/tasks?size=500", admin).body());
        assertThat(tasks.at("/page/totalElements").asLong()).isEqualTo(44);
        assertThat(tasks.get("content").valueStream().map(t -> t.get("id").asString())).allMatch(id -> id.startsWith("hong-bang:"));
        assertThat(get("/api/reports/wards/an-duong/units", admin).statusCode()).isEqualTo(403);
        assertThat(get("/api/wards/an-duong/officials", admin).statusCode()).isEqualTo(403);
        assertThat(json.readTree(get("/api/wards", token("haiphong.viewer")).body()).get("content").findValuesAsString("code"))
                .contains("an-duong", "le-chan", "hong-bang");
    }

    /**
     * Hồng Bàng, onboarded with nothing but the standard units, imports a plan written in another office's style (Word,
     * merged two-line headers, its own spellings of the units): every lead and advising unit resolves, so the unit's
     * officer enters the indicator's value; a name no unit answers to, once the office maps it, gives that officer the
     * indicator too (indicator-service follows task-service's event).
     */
    @Test
    @Order(11)
    void aFreshWardImportsAnotherOfficesWordPlanAndMapsTheNameItDidNotKnow() throws Exception {
        String admin = token("hongbang.vanphong", "HongBang-2026");
        byte[] word = Files.readAllBytes(ROOT.resolve("services/task-service/src/test/resources/plans/phuong-hoa-binh-112-KH-UBND.docx"));
        HttpResponse<String> imported = postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-112.docx", word);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode report = json.readTree(imported.body());
        assertThat(report.at("/indicators/created").asInt()).isEqualTo(7);
        assertThat(report.get("indicatorRows").findValues("advisingUnit")).allSatisfy(u -> assertThat(u.get("code").isNull()).isFalse());
        assertThat(report.get("taskRows").findValues("leadUnit")).allSatisfy(u -> assertThat(u.get("code").isNull()).isFalse());

        HttpResponse<String> invited = send("POST", "/api/wards/hong-bang/officials", admin, """
                {"username":"hongbang.kinhte","email":"hongbang.kinhte@wardplan.test","firstName":"Vũ Minh","lastName":"Tâm",
                 "unit":"kinh-te-ha-tang-do-thi","roles":["unit-officer"]}""");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        Browser browser = new Browser();
        HttpResponse<String> changePassword = browser.submit(Browser.formAction(browser.get(LocalStack.GATEWAY + "/"), "kc-form-login"),
                Map.of("username", "hongbang.kinhte", "password", json.readTree(invited.body()).get("temporaryPassword").asString()));
        browser.submit(Browser.formAction(changePassword, "kc-passwd-update-form"),
                Map.of("password-new", "KinhTe-HB-2026", "password-confirm", "KinhTe-HB-2026"));
        String officer = token("hongbang.kinhte", "KinhTe-HB-2026");
        // "Phòng KT-HT-ĐT" in the document: the standard Phòng Kinh tế, Hạ tầng và Đô thị.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(send("PUT",
                "/api/indicators/hong-bang:112-KH-UBND:1/values/2026", officer, "{\"value\":112}").statusCode()).isEqualTo(200));

        String plan = String.join("\n", "Số: 7/KH-UBND", "KẾ HOẠCH", "Chuyển đổi số phường giai đoạn 2026 - 2030", "", "PHỤ LỤC 01",
                "STT\tTên chỉ tiêu\tĐVT\tBình quân năm\tCơ quan tham mưu",
                "1\tTỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt\t%\tTrên 80\tTổ Kinh tế số phường");
        byte[] text = plan.getBytes(StandardCharsets.UTF_8);
        JsonNode dry = json.readTree(postFile("/api/plans/import", admin, "ke-hoach-7.txt", text).body());
        assertThat(dry.at("/unresolvedUnits/0/text").asString()).isEqualTo("Tổ Kinh tế số phường");
        assertThat(dry.at("/warnings/0/code").asString()).isEqualTo("UNIT_UNRESOLVED");
        assertThat(postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-7.txt", text).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/indicators/hong-bang:7-KH-UBND:1", officer).statusCode()).isEqualTo(200));
        assertThat(send("PUT", "/api/indicators/hong-bang:7-KH-UBND:1/values/2026", officer, "{\"value\":85}").statusCode())
                .as("no unit advises it yet").isEqualTo(403);

        HttpResponse<String> mapped = send("POST", "/api/plans/unit-mappings", admin,
                "{\"text\":\"Tổ Kinh tế số phường\",\"unit\":\"kinh-te-ha-tang-do-thi\"}");
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);
        assertThat(json.readTree(mapped.body()).get("indicatorsFollowed").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(send("PUT",
                "/api/indicators/hong-bang:7-KH-UBND:1/values/2026", officer, "{\"value\":85}").statusCode()).isEqualTo(200));
        assertThat(get("/api/units/kinh-te-ha-tang-do-thi", admin).body()).contains("Tổ Kinh tế số phường");
    }

    private static HttpResponse<String> postFile(String path, String token, String filename, byte[] content) throws Exception {
        byte[] head = ("--e2e\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--e2e--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder().timeout(Duration.ofSeconds(60)).uri(URI.create(LocalStack.GATEWAY + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=e2e")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(12)
    void anDuongsAdminAddsAnOfficerWhoEntersTheUnitsValueAndCannotSeeLeChan() throws Exception {
        HttpResponse<String> invited = send("POST", "/api/wards/an-duong/officials", token("anduong.vanphong"), """
                {"username":"anduong.kinhte2","email":"anduong.kinhte2@wardplan.test","firstName":"Bùi Văn","lastName":"Nam",
                 "unit":"kinh-te-ha-tang-do-thi","roles":["unit-officer"]}""");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String temporary = json.readTree(invited.body()).get("temporaryPassword").asString();

        Browser browser = new Browser();
        HttpResponse<String> loginPage = browser.get(LocalStack.GATEWAY + "/");
        HttpResponse<String> changePassword = browser.submit(Browser.formAction(loginPage, "kc-form-login"),
                Map.of("username", "anduong.kinhte2", "password", temporary));
        HttpResponse<String> home = browser.submit(Browser.formAction(changePassword, "kc-passwd-update-form"),
                Map.of("password-new", "KinhTe-2026", "password-confirm", "KinhTe-2026"));
        assertThat(home.uri().toString()).isEqualTo(LocalStack.GATEWAY + "/");
        JsonNode me = json.readTree(browser.get(LocalStack.GATEWAY + "/api/me").body());
        assertThat(me.get("username").asString()).isEqualTo("anduong.kinhte2");
        assertThat(me.get("ward").asString()).isEqualTo("an-duong");

        String officer = token("anduong.kinhte2", "KinhTe-2026");
        // Indicator 2 (thu nhập bình quân đầu người) is advised by Phòng Kinh tế, Hạ tầng và Đô thị.
        assertThat(send("PUT", "/api/indicators/an-duong:86-KH-UBND:2/values/2026", officer,
                "{\"value\":111,\"source\":\"Phòng Kinh tế\"}").statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/indicators/an-duong:86-KH-UBND:6/values/2026", officer, "{\"value\":98}").statusCode())
                .as("health insurance is Phòng Văn hóa - Xã hội's").isEqualTo(403);
        assertThat(get("/api/reports/wards/le-chan/units", officer).statusCode()).isEqualTo(403);
        assertThat(get("/api/wards/le-chan", officer).statusCode()).isEqualTo(403);
        assertThat(get("/api/units", officer).body()).doesNotContain("le-chan");
    }

    /**
     * Two gateway replicas behind one address (a round-robin proxy, each request to the next replica): Chromium signs
     * in, works and signs out with its requests alternating between them; one replica stopped in the middle signs
     * nobody out, because the session lives in the store both read (ADR 0025).
     */
    @Test
    @Order(13)
    void aBrowserStaysSignedInAcrossTwoGatewayReplicasAndWhenOneStops() throws Exception {
        int offset = LocalStack.OFFSET;
        ProcessBuilder replica = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", ROOT.resolve("gateway/target/gateway-0.1.0-SNAPSHOT.jar").toString())
                .redirectErrorStream(true).redirectOutput(HOME.resolve("logs/gateway-replica.log").toFile());
        Map<String, String> env = replica.environment();
        env.put("SERVER_PORT", String.valueOf(8091 + offset));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("GATEWAY_MANAGEMENT_PORT", String.valueOf(9091 + offset));
        env.put("SPRING_MONGODB_URI", "mongodb://127.0.0.1:" + (27018 + offset) + "/gateway");
        env.put("WARDPLAN_SECURITY_ISSUER_URI", LocalStack.KEYCLOAK + "/realms/wardplan");
        env.put("WARDPLAN_KEYCLOAK_PUBLIC_URL", LocalStack.KEYCLOAK);
        env.put("WARDPLAN_KEYCLOAK_URL", LocalStack.KEYCLOAK);
        Map.of("INDICATOR", 8081, "TASK", 8082, "NOTIFICATION", 8083, "REPORTING", 8084, "WARD", 8085).forEach((service, port) ->
                env.put("WARDPLAN_SERVICES_" + service + "_URL", "http://127.0.0.1:" + (port + offset)));
        Process second = replica.start();
        String address = "http://localhost:" + (8090 + offset);
        try (RoundRobinProxy proxy = new RoundRobinProxy(8090 + offset, List.of(URI.create("http://127.0.0.1:" + (8080 + offset)),
                URI.create("http://127.0.0.1:" + (8091 + offset))))) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (9091 + offset) + "/actuator/health/readiness"))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (java.io.IOException notYet) {
                    return false;
                }
            });
            WebSuite.Result suite = WebSuite.run(ROOT.resolve("web"), address, SCREENSHOTS, "e2e/replicas.e2e.ts",
                    Map.of("WARDPLAN_REPLICA_PID", String.valueOf(second.pid())));
            assertThat(suite.exitCode()).as(() -> suite.output() + problemsLogged("gateway", "gateway-replica")).isZero();
            assertThat(suite.output()).contains("1 passed");

            List<RoundRobinProxy.Forwarded> requests = proxy.forwarded();
            assertThat(second.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).as("the browser test stopped the replica").isTrue();
            // Before the stop both replicas served the signed-in browser's API calls; after it, the first one alone.
            List<RoundRobinProxy.Forwarded> api = requests.stream().filter(r -> r.path().startsWith("/api/") && r.status() == 200).toList();
            assertThat(api).extracting(RoundRobinProxy.Forwarded::upstream).contains(0, 1);
            assertThat(requests.stream().filter(r -> r.path().startsWith("/login/oauth2/code/")).toList()).isNotEmpty();
            int lastOnSecond = -1;
            for (int n = 0; n < requests.size(); n++) {
                if (requests.get(n).upstream() == 1) {
                    lastOnSecond = n;
                }
            }
            assertThat(requests.subList(lastOnSecond + 1, requests.size())).as("after the stop").hasSizeGreaterThan(5)
                    .allSatisfy(r -> assertThat(r.upstream()).isZero());
        } finally {
            second.destroyForcibly();
        }
    }

    @Test
    @Order(14)
    void dataSurvivesDownAndUpAndDownLeavesNoProcess() throws Exception {
        List<Long> pids = stack.recordedPids();
        assertThat(pids).hasSize(10);

        assertThat(stack.run("down").exitCode()).isZero();
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("pid %d", pid).isEmpty();
        }
        assertThat(stack.recordedPids()).isEmpty();

        LocalStack.Result again = stack.run("up");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(get("/api/units/e2e-to-cong-tac", token("anduong.vanphong")).body()).contains("Tổ công tác E2E");
    }

    private static String token(String username) throws Exception {
        return token(username, "demo");
    }

    private static String token(String username, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder().timeout(Duration.ofSeconds(30)).uri(URI.create(LocalStack.KEYCLOAK
                        + "/realms/wardplan/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=wardplan-cli&username=" + username
                        + "&password=" + password)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asString();
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder().timeout(Duration.ofSeconds(30)).uri(URI.create(LocalStack.GATEWAY + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder().timeout(Duration.ofSeconds(30)).uri(URI.create(LocalStack.GATEWAY + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

}
