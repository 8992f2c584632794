package vn.wardplan.platform.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security suite's engine: reads a service's OpenAPI document and sends every operation malformed path, query and
 * body values as each of the given callers, and every operation that names a ward another ward's token. What a
 * hostile client may get back is a 4xx with problem details; a 5xx, a 4xx without problem details, or another ward's
 * data (2xx) is a finding.
 */
public final class HostileRequests {

    /** Something the service answered that it should not have. */
    public record Finding(String caller, String method, String path, String body, int status, String contentType) {
        @Override
        public String toString() {
            return caller + " " + method + " " + path + (body == null ? "" : " " + body.substring(0, Math.min(60, body.length())))
                    + " → " + status + " " + contentType;
        }
    }

    /** Values no parameter should take: an encoded NUL, a traversal, quotes and markup, a very long one, bad encoding. */
    static final List<String> PATH_VALUES = List.of("%00", "..%2F..%2Fetc", "%27%22%3Cscript%3E", "x".repeat(2_000), "%ZZ",
            "%F0%9F%92%A3", "-1", "99999999999999999999");
    static final List<String> QUERY_VALUES = List.of("abc", "-1", "99999999999999999999", "%00", "x".repeat(3_000), "NOT_A_VALUE",
            "2026-13-45");
    static final List<String> BODIES = List.of("{", "[]", "\"text\"", "null", "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}",
            "{\"value\":\"many\",\"name\":123,\"year\":\"soon\",\"roles\":\"x\",\"text\":" + "\"" + "x".repeat(100_000) + "\"}");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.concurrent.atomic.AtomicInteger SENT = new java.util.concurrent.atomic.AtomicInteger();

    /** How many requests the suite has sent in this JVM: a test asserts it is not vacuous. */
    public static int sent() {
        return SENT.get();
    }

    private HostileRequests() {
    }

    /**
     * The whole suite for one service: malformed requests as every role of a fresh ward, then every operation that names
     * the ward (or its ids, {@code theWardsValues}) with another ward's token. Fails if it sent too little to mean
     * anything (an OpenAPI document without operations).
     */
    public static List<Finding> suite(String baseUrl, Map<String, String> theWardsValues) {
        int before = sent();
        List<Finding> findings = new ArrayList<>(malformed(baseUrl,
                everyRole("hostile-" + java.util.UUID.randomUUID().toString().substring(0, 6)), Map.of()));
        if (sent() - before < 300) {
            throw new IllegalStateException("The suite sent only " + (sent() - before) + " requests: is the API described?");
        }
        findings.addAll(acrossWards(baseUrl, TestTokens.user("x.vanphong", "le-chan", "ward-admin").sign(), theWardsValues));
        return findings;
    }

    /** A caller of each role, of the given ward (city-viewer and platform-admin have none), and one without a token. */
    public static Map<String, String> everyRole(String ward) {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("ward-admin", TestTokens.user("h.vanphong", ward, "ward-admin").sign());
        callers.put("ward-leader", TestTokens.user("h.chutich", ward, "ward-leader").sign());
        callers.put("unit-officer", TestTokens.user("h.kinhte", ward, "unit-officer").unit("kinh-te-ha-tang-do-thi").sign());
        callers.put("city-viewer", TestTokens.user("h.viewer", null, "city-viewer").city("hai-phong").sign());
        callers.put("platform-admin", TestTokens.user("h.admin", null, "platform-admin").sign());
        return callers;
    }

    /**
     * @param baseUrl the service
     * @param callers tokens by a name for the report (null token: no credentials)
     * @param knownValues values for path parameters that name real things (e.g. {@code id} → a task of the callers' ward)
     */
    public static List<Finding> malformed(String baseUrl, Map<String, String> callers, Map<String, String> knownValues) {
        ApiClient api = new ApiClient(baseUrl);
        List<Finding> findings = new ArrayList<>();
        for (Operation operation : operations(api)) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                for (String path : paths(operation, knownValues)) {
                    check(findings, caller.getKey(), operation.method(), path, null, send(api, operation.method(), path, caller.getValue(),
                            operation.hasBody() ? "{}" : null));
                }
                String path = fill(operation.path(), knownValues, "x");
                for (Map.Entry<String, String> query : operation.queryParameters().entrySet()) {
                    for (String value : QUERY_VALUES) {
                        String withQuery = path + "?" + query.getKey() + "=" + value;
                        check(findings, caller.getKey(), operation.method(), withQuery, null,
                                send(api, operation.method(), withQuery, caller.getValue(), operation.hasBody() ? "{}" : null));
                    }
                }
                if (operation.hasJsonBody()) {
                    for (String body : BODIES) {
                        check(findings, caller.getKey(), operation.method(), path, body,
                                send(api, operation.method(), path, caller.getValue(), body));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * Every operation whose path names a ward ({ward}, or ids of the given ward), asked with another ward's token: the
     * answer must be a refusal (403/404 with problem details), never the other ward's data.
     */
    public static List<Finding> acrossWards(String baseUrl, String otherWardsToken, Map<String, String> theWardsValues) {
        ApiClient api = new ApiClient(baseUrl);
        List<Finding> findings = new ArrayList<>();
        for (Operation operation : operations(api)) {
            boolean namesTheWard = theWardsValues.keySet().stream().anyMatch(p -> operation.path().contains("{" + p + "}"));
            if (!namesTheWard) {
                continue;
            }
            String path = fill(operation.path(), theWardsValues, "x");
            ApiClient.Response response = send(api, operation.method(), path, otherWardsToken, operation.hasBody() ? "{}" : null);
            boolean refused = (response.status() == 403 || response.status() == 404 || response.status() == 400)
                    && response.contentType().startsWith("application/problem+json");
            if (!refused) {
                findings.add(new Finding("another ward", operation.method(), path, null, response.status(), response.contentType()));
            }
        }
        return findings;
    }

    private record Operation(String method, String path, Map<String, String> queryParameters, boolean hasBody, boolean hasJsonBody) {
    }

    private static List<Operation> operations(ApiClient api) {
        ApiClient.Response docs = api.get("/v3/api-docs", null);
        if (docs.status() != 200) {
            throw new IllegalStateException("No OpenAPI document: " + docs.status());
        }
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!List.of("get", "put", "post", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                Map<String, String> query = new LinkedHashMap<>();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    if ("query".equals(parameter.path("in").asString())) {
                        query.put(parameter.path("name").asString(), parameter.path("schema").path("type").asString(""));
                    }
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), query, !content.isMissingNode(),
                        content.has("application/json")));
            }
        }
        return operations;
    }

    private static List<String> paths(Operation operation, Map<String, String> known) {
        List<String> paths = new ArrayList<>();
        if (!operation.path().contains("{")) {
            return paths;
        }
        for (String value : PATH_VALUES) {
            paths.add(operation.path().replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value)));
        }
        return paths;
    }

    private static String fill(String path, Map<String, String> values, String fallback) {
        String filled = path;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled.replaceAll("\\{[^}]+}", fallback);
    }

    private static ApiClient.Response send(ApiClient api, String method, String path, String token, String body) {
        if (!sendable(path)) {
            // The JDK's client cannot even write it (an invalid escape); the raw-socket tests send such requests.
            return new ApiClient.Response(400, "application/problem+json", "");
        }
        SENT.incrementAndGet();
        return switch (method) {
            case "GET" -> api.get(path, token);
            case "DELETE" -> api.delete(path, token);
            case "PUT" -> api.put(path, token, body == null ? "{}" : body);
            case "PATCH" -> api.patch(path, token, body == null ? "{}" : body);
            default -> api.post(path, token, body == null ? "{}" : body);
        };
    }

    private static boolean sendable(String path) {
        try {
            java.net.URI.create("http://127.0.0.1" + path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void check(List<Finding> findings, String caller, String method, String path, String body, ApiClient.Response response) {
        boolean serverError = response.status() >= 500;
        boolean bareRefusal = response.status() >= 400 && !response.contentType().startsWith("application/problem+json");
        if (serverError || bareRefusal) {
            findings.add(new Finding(caller, method, path, body, response.status(), response.contentType()));
        }
    }
}
