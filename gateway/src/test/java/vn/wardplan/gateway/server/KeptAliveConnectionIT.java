package vn.wardplan.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.wardplan.platform.test.TestMongoConnection;
import vn.wardplan.platform.test.TestTokenIssuer;

/**
 * A browser keeps its connection to the gateway alive and sends the next request as soon as a response has arrived,
 * which can be before the gateway has finished with the previous exchange (a session saved, a proxied body's end
 * seen). Reactor Netty 1.3.6 then stopped reading the connection after the next answer: the request after it hung
 * until the browser gave up (reactor-netty#4361, ADR 0015). This plays that sequence on one socket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestTokenIssuer.class, TestMongoConnection.class, KeptAliveConnectionIT.Probes.class})
class KeptAliveConnectionIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("wardplan.keycloak.public-url", () -> "http://127.0.0.1:1");
    }

    /** Two test-only paths, answered before security: one ends 300 ms after its last byte is sent, one at once. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Probes {
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        WebFilter keepAliveProbes() {
            return (exchange, chain) -> {
                String path = exchange.getRequest().getPath().value();
                if (!path.startsWith("/test-keep-alive/")) {
                    return chain.filter(exchange);
                }
                ServerHttpResponse response = exchange.getResponse();
                if (path.endsWith("/at-once")) {
                    response.setStatusCode(HttpStatus.NO_CONTENT);
                    return response.setComplete();
                }
                // As a proxied answer: its length known, its body a stream, the exchange's end seen after the last byte.
                byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
                response.getHeaders().setContentLength(body.length);
                return response.writeWith(Flux.just(response.bufferFactory().wrap(body)))
                        .then(Mono.delay(Duration.ofMillis(300)).then());
            };
        }
    }

    @Test
    void everyRequestOnTheConnectionIsAnsweredAfterAnExchangeThatEndedLate() throws IOException {
        List<String> answered = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            for (String path : List.of("/test-keep-alive/late-end", "/test-keep-alive/at-once", "/test-keep-alive/at-once",
                    "/test-keep-alive/late-end", "/test-keep-alive/at-once", "/test-keep-alive/at-once")) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                answered.add(path + " " + statusLine(socket.getInputStream()));
            }
        }
        assertThat(answered).containsExactly(
                "/test-keep-alive/late-end HTTP/1.1 200 OK", "/test-keep-alive/at-once HTTP/1.1 204 No Content",
                "/test-keep-alive/at-once HTTP/1.1 204 No Content", "/test-keep-alive/late-end HTTP/1.1 200 OK",
                "/test-keep-alive/at-once HTTP/1.1 204 No Content", "/test-keep-alive/at-once HTTP/1.1 204 No Content");
    }

    /** Reads one response (head and Content-Length body) and answers its status line; a read timeout fails the test. */
    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            head.write(next(in));
        }
        List<String> lines = head.toString(StandardCharsets.US_ASCII).lines().toList();
        int length = lines.stream().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                .mapToInt(line -> Integer.parseInt(line.substring("content-length:".length()).trim())).findFirst().orElse(0);
        for (int i = 0; i < length; i++) {
            next(in);
        }
        return lines.getFirst();
    }

    private static int next(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new IOException("the gateway closed the connection");
        }
        return b;
    }
}
