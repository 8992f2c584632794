package vn.wardplan.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What a load balancer in front of two gateway replicas does, for the two-replica test: every request goes to the
 * next replica in turn (each connection closed after its answer, so a browser cannot stay on one), with the browser's
 * Host passed on; a replica that refuses the connection, or dies while answering a request that changes nothing, is
 * skipped for the next (as nginx's {@code proxy_next_upstream error}). It keeps which replica answered each request.
 */
final class RoundRobinProxy implements AutoCloseable {

    /** One request: which replica answered it, what it was, and the status. */
    record Forwarded(int upstream, String method, String path, int status) {
    }

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "transfer-encoding",
            "te", "trailer", "upgrade", "content-length", "expect");

    private final List<URI> upstreams;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final List<Forwarded> forwarded = new CopyOnWriteArrayList<>();

    RoundRobinProxy(int port, List<URI> upstreams) throws IOException {
        this.upstreams = List.copyOf(upstreams);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::forward);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    List<Forwarded> forwarded() {
        return List.copyOf(forwarded);
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        int first = Math.floorMod(next.getAndIncrement(), upstreams.size());
        try {
            for (int attempt = 0; attempt < upstreams.size(); attempt++) {
                int upstream = (first + attempt) % upstreams.size();
                try {
                    HttpResponse<byte[]> response = http.send(request(exchange, upstreams.get(upstream), body),
                            HttpResponse.BodyHandlers.ofByteArray());
                    forwarded.add(new Forwarded(upstream, exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                            response.statusCode()));
                    respond(exchange, response);
                    return;
                } catch (ConnectException down) {
                    // The replica is gone: the next one serves the request.
                } catch (IOException broken) {
                    // The replica died while answering: a request that changes nothing is asked of the next one, as
                    // nginx's proxy_next_upstream does; any other is lost with the replica, as behind a real balancer.
                    if (!IDEMPOTENT.contains(exchange.getRequestMethod())) {
                        throw broken;
                    }
                }
            }
            exchange.sendResponseHeaders(502, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        } finally {
            exchange.close();
        }
    }

    private static HttpRequest request(HttpExchange exchange, URI upstream, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static void respond(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        exchange.getResponseHeaders().set("Connection", "close");
        byte[] body = response.body();
        boolean noBody = response.statusCode() == 204 || response.statusCode() == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
