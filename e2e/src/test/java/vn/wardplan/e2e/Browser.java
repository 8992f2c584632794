package vn.wardplan.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does at the HTTP level: keeps cookies per host and path, follows redirects, submits forms.
 * Enough to go through the gateway's login and Keycloak's real login page. (The web UI issue adds a real
 * browser.) Cookies are kept by hand because the JDK's CookieManager rejects Keycloak's version-1 cookies on a
 * host named {@code localhost}.
 */
final class Browser {

    private record Cookie(String host, String path, String name, String value) {
    }

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    private static HttpClient newClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> submit(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> follow(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        builder.header("Accept", "text/html,application/json").timeout(Duration.ofSeconds(30));
        HttpRequest probe = builder.copy().build();
        String header = cookieHeader(probe.uri());
        if (!header.isEmpty()) {
            builder.header("Cookie", header);
        }
        HttpRequest request = builder.build();
        // A new connection for every request (docs/testing.md, "Known issues"): twice the gateway left the next
        // request on a kept-alive connection unread until the client closed it, once on the single-use OAuth callback.
        HttpResponse<String> response;
        try (HttpClient http = newClient()) {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        HttpResponse<String> received = response;
        received.headers().allValues("Set-Cookie").forEach(value -> store(received.uri(), value));
        return received;
    }

    private void store(URI uri, String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String path = "/";
        boolean expired = value.isEmpty();
        for (String attribute : parts) {
            String a = attribute.trim();
            if (a.regionMatches(true, 0, "Path=", 0, 5)) {
                path = a.substring(5);
            } else if (a.regionMatches(true, 0, "Max-Age=", 0, 8) && a.substring(8).trim().startsWith("0")) {
                expired = true;
            }
        }
        String key = uri.getHost() + ":" + uri.getPort() + path + "|" + name;
        if (expired) {
            cookies.remove(key);
        } else {
            cookies.put(key, new Cookie(uri.getHost() + ":" + uri.getPort(), path, name, value));
        }
    }

    private String cookieHeader(URI uri) {
        String host = uri.getHost() + ":" + uri.getPort();
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        List<String> matching = new ArrayList<>();
        for (Cookie cookie : cookies.values()) {
            if (cookie.host().equals(host) && path.startsWith(cookie.path())) {
                matching.add(cookie.name() + "=" + cookie.value());
            }
        }
        return String.join("; ", matching);
    }

    /** The value of a cookie the browser holds for any host, e.g. the gateway's {@code XSRF-TOKEN}. */
    String cookie(String name) {
        return cookies.values().stream().filter(c -> c.name().equals(name)).map(Cookie::value).findFirst()
                .orElseThrow(() -> new IllegalStateException("No cookie " + name));
    }

    /** The {@code action} of the form with the given id, resolved against the page's address. */
    static String formAction(HttpResponse<String> page, String formId) {
        Matcher matcher = Pattern.compile("<form[^>]*id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        if (!matcher.find()) {
            matcher = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"" + formId + "\"").matcher(page.body());
            if (!matcher.find()) {
                throw new IllegalStateException("No form " + formId + " on " + page.uri() + ":\n" + page.body());
            }
        }
        return page.uri().resolve(matcher.group(1).replace("&amp;", "&")).toString();
    }

    static String hiddenField(HttpResponse<String> page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No field " + name + " on " + page.uri());
        }
        return matcher.group(1);
    }
}
