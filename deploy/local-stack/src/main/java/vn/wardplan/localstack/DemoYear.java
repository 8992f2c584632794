package vn.wardplan.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lived-in first half of 2026 for An Dương, loaded through the public API as the ward's own officials would: the ward
 * office records the units' 6-month reports that came on paper or by e-mail on the days they arrived (most on time,
 * some late, Ban Chỉ huy Quân sự's missing) and accepts a few; the advising units enter their 6-month estimates, the
 * office approves them and returns one with its reason; a few annual values are entered. Idempotent: what is already
 * recorded is left as it is, so it runs on every {@code ./wardplan up}.
 */
final class DemoYear {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PLAN = "an-duong:86-KH-UBND:";
    /** The unit whose 6-month reports never came: the period screen names it. */
    static final String MISSING_UNIT = "ban-chi-huy-quan-su";

    /** A 6-month estimate: the indicator's key, who enters it, the value, and the office's return reason if it returns it. */
    record Estimate(String key, String officer, double value, String returnReason) {
    }

    /** Lê Chân's first estimates, so that the city's comparison shows the two wards side by side. */
    static final List<Estimate> LE_CHAN_ESTIMATES = List.of(
            new Estimate("3", "lechan.kinhte", 99.1, null),
            new Estimate("13", "lechan.kinhte", 100, null),
            new Estimate("14", "lechan.kinhte", 98.7, null));

    /**
     * The ward offices' review of the platform's unsure proposals against the city's frame: the ones they confirm (a
     * frame code) or keep as their own (null). Lê Chân's clean-water indicator is left waiting, for the office to see.
     */
    record Review(String office, String indicatorId, String frameCode) {
    }

    static final List<Review> REVIEWS = List.of(
            new Review("anduong.vanphong", PLAN + "7", "7"),
            new Review("anduong.vanphong", PLAN + "8", "8.1"),
            new Review("anduong.vanphong", PLAN + "14", "15"),
            new Review("lechan.vanphong", "le-chan:45-KH-UBND:9", "9.1"),
            new Review("lechan.vanphong", "le-chan:45-KH-UBND:16", "15.2"),
            new Review("lechan.vanphong", "le-chan:45-KH-UBND:4", null),
            new Review("lechan.vanphong", "le-chan:45-KH-UBND:12", null));

    static final List<Estimate> ESTIMATES = List.of(
            new Estimate("4", "anduong.kinhte", 58.6, null),
            new Estimate("11", "anduong.kinhte", 100, null),
            new Estimate("13", "anduong.kinhte", 99.2, null),
            new Estimate("6", "anduong.vhxh", 96.9, null),
            new Estimate("8", "anduong.vhxh", 100, null),
            new Estimate("9", "anduong.vhxh", 91.4, null),
            new Estimate("9.1", "anduong.vhxh", 71, "Số tổ dân phố văn hóa chưa khớp với báo cáo của các tổ dân phố; đề nghị rà soát lại."),
            new Estimate("14", "anduong.congan", 78.5, null),
            new Estimate("14.1", "anduong.congan", 100, null),
            new Estimate("14.2", "anduong.congan", 92.3, null));

    private final String gateway;
    private final Function<String, String> tokens;

    DemoYear(String gateway, Function<String, String> tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    void load() throws Exception {
        String office = tokens.apply("anduong.vanphong");
        int received = 0;
        int position = 0;
        for (JsonNode task : JSON.readTree(call("GET", "/api/tasks?size=200", office, null).body()).get("content")) {
            JsonNode half = find(task.get("deliverables"), "2026-6M");
            String lead = task.at("/leadUnit/code").isNull() ? null : task.at("/leadUnit/code").asString();
            position++;
            if (half == null || lead == null || lead.equals(MISSING_UNIT)
                    || !List.of("PLANNED", "OVERDUE").contains(half.get("status").asString())) {
                continue;
            }
            // Most reports reach the office in the days before the deadline (16/6), one in five after it.
            LocalDate on = position % 5 == 0 ? LocalDate.of(2026, 6, 17 + position % 9) : LocalDate.of(2026, 6, 8 + position % 9);
            String path = "/api/tasks/" + enc(task.get("id").asString()) + "/deliverables/2026-6M";
            String text = "Kết quả thực hiện 6 tháng đầu năm 2026: " + task.get("title").asString()
                    + ". Đơn vị đã triển khai theo kế hoạch; các nội dung chưa hoàn thành được chuyển sang 6 tháng cuối năm.";
            expect(call("POST", path + "/receipt", office, Map.of("receivedOn", on.toString(), "via", position % 2 == 0 ? "PAPER" : "EMAIL",
                    "text", text, "attachments", List.of())), path);
            if (position % 3 == 0) {
                expect(call("POST", path + "/accept", office, null), path);
            }
            received++;
        }
        int estimates = estimates(PLAN, ESTIMATES, office) + estimates("le-chan:45-KH-UBND:", LE_CHAN_ESTIMATES,
                tokens.apply("lechan.vanphong"));
        // A few annual values: health insurance submitted and waiting for the office, waste collection still a draft.
        String vhxh = tokens.apply("anduong.vhxh");
        if (find(JSON.readTree(call("GET", "/api/indicators/" + enc(PLAN + "6") + "/values", vhxh, null).body()), "2026", "period") == null) {
            String path = "/api/indicators/" + enc(PLAN + "6") + "/values/2026";
            expect(call("PUT", path, vhxh, Map.of("value", 97.8, "source", "Bảo hiểm xã hội thành phố")), path);
            expect(call("POST", path + "/submit", vhxh, null), path);
        }
        String kinhTe = tokens.apply("anduong.kinhte");
        if (find(JSON.readTree(call("GET", "/api/indicators/" + enc(PLAN + "11") + "/values", kinhTe, null).body()), "2026", "period") == null) {
            String path = "/api/indicators/" + enc(PLAN + "11") + "/values/2026";
            expect(call("PUT", path, kinhTe, Map.of("value", 100, "source", "Tổ thu gom các tổ dân phố")), path);
        }
        int reviewed = 0;
        for (Review review : REVIEWS) {
            String token = tokens.apply(review.office());
            String path = "/api/indicator-mappings/" + enc(review.indicatorId());
            HttpResponse<String> mapping = call("GET", path, token, null);
            if (mapping.statusCode() == 200 && "PROPOSED".equals(JSON.readTree(mapping.body()).get("state").asString())) {
                java.util.Map<String, Object> decision = new java.util.HashMap<>();
                decision.put("frameCode", review.frameCode());
                expect(call("PUT", path, token, decision), path);
                reviewed++;
            }
        }
        System.out.printf("demo data: 2026: an-duong %d six-month reports recorded as received, %d six-month estimates entered;"
                + " %d frame proposals reviewed by the ward offices%n", received, estimates, reviewed);
    }

    /** Enters, submits and approves (or returns) each 6-month estimate not yet entered; how many it entered. */
    private int estimates(String plan, List<Estimate> list, String office) throws IOException, InterruptedException {
        int entered = 0;
        for (Estimate estimate : list) {
            String path = "/api/indicators/" + enc(plan + estimate.key()) + "/values/2026-6M";
            String officer = tokens.apply(estimate.officer());
            HttpResponse<String> stored = call("GET", "/api/indicators/" + enc(plan + estimate.key()) + "/values", officer, null);
            expect(stored, path);
            if (find(JSON.readTree(stored.body()), "2026-6M", "period") != null) {
                continue;
            }
            expect(call("PUT", path, officer, Map.of("value", estimate.value(), "source", "Ước thực hiện 6 tháng đầu năm 2026")), path);
            expect(call("POST", path + "/submit", officer, null), path);
            expect(estimate.returnReason() == null ? call("POST", path + "/approve", office, null)
                    : call("POST", path + "/return", office, Map.of("comment", estimate.returnReason())), path);
            entered++;
        }
        return entered;
    }

    private static JsonNode find(JsonNode items, String id) {
        return find(items, id, "id");
    }

    private static JsonNode find(JsonNode items, String id, String field) {
        for (JsonNode item : items) {
            if (id.equals(item.get(field).asString())) {
                return item;
            }
        }
        return null;
    }

    private HttpResponse<String> call(String method, String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Demo year, " + what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
