package vn.wardplan.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.web.outbound.OutboundAddresses;

/**
 * The webhook call against real HTTP servers on this machine (127.0.0.1 named an internal host, as an operator's
 * bridge would be): signed; the remote body never kept; no redirect followed; the whole call within its deadline; one
 * ward's slow endpoint cannot take more than its slots; an address that resolves inside the platform is not called.
 */
class WebhookChannelTest {

    HttpServer server;
    final AtomicInteger redirectedTo = new AtomicInteger();
    final CountDownLatch slowRelease = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/ok", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/fails", exchange -> {
            byte[] body = "java.lang.IllegalStateException at internal.SecretService password=hunter2".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/moves", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/target");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.createContext("/target", exchange -> {
            redirectedTo.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                slowRelease.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        slowRelease.countDown();
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static WebhookChannel channel(Duration deadline, int perWard, OutboundAddresses addresses) {
        return new WebhookChannel(addresses, new WebhookSettings(deadline, perWard, Duration.ofMillis(100), Set.of(), Set.of("127.0.0.1")),
                JsonMapper.builder().build(), Clock.systemUTC());
    }

    static WebhookChannel channel(Duration deadline, int perWard) {
        return channel(deadline, perWard, new OutboundAddresses(Set.of(), Set.of("127.0.0.1")));
    }

    @Test
    void aFailingEndpointIsToldByItsStatusAloneAndARedirectIsNotFollowed() {
        WebhookChannel webhook = channel(Duration.ofSeconds(5), 2);
        webhook.send("an-duong", url("/ok"), "a-secret-of-sixteen", "r1", Map.of("id", "r1"));

        assertThatThrownBy(() -> webhook.send("an-duong", url("/fails"), "a-secret-of-sixteen", "r2", Map.of("id", "r2")))
                .isInstanceOf(WebhookChannel.Failed.class).hasMessage("HTTP 500")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2", "SecretService"));
        assertThatThrownBy(() -> webhook.send("an-duong", url("/moves"), "a-secret-of-sixteen", "r3", Map.of("id", "r3")))
                .hasMessageContaining("HTTP 307");
        assertThat(redirectedTo).hasValue(0);
    }

    @Test
    void theWholeCallHasADeadlineAndAWardTakesAtMostItsSlots() throws Exception {
        WebhookChannel webhook = channel(Duration.ofMillis(800), 1);
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> {
            try {
                webhook.send("le-chan", url("/slow"), "a-secret-of-sixteen", "r1", Map.of());
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        Thread.sleep(200);
        // Lê Chân's one slot is taken by its slow endpoint: its next call is told to come back later…
        assertThatThrownBy(() -> webhook.send("le-chan", url("/ok"), "a-secret-of-sixteen", "r2", Map.of()))
                .hasMessageContaining("chưa xong");
        // …while An Dương's call goes through at once.
        webhook.send("an-duong", url("/ok"), "a-secret-of-sixteen", "r3", Map.of());
        assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(WebhookChannel.Failed.class).hasMessageContaining("Quá thời gian");
        webhook.send("le-chan", url("/ok"), "a-secret-of-sixteen", "r4", Map.of());
    }

    @Test
    void anAddressThatResolvesInsideThePlatformAtTheTimeOfTheCallIsNotCalled() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        OutboundAddresses rebinding = new OutboundAddresses(Set.of(), Set.of(), host -> lookups.incrementAndGet() == 1
                ? new InetAddress[] {InetAddress.getByName("203.113.1.10")} : new InetAddress[] {InetAddress.getByName("127.0.0.1")});
        WebhookChannel webhook = channel(Duration.ofSeconds(2), 2, rebinding);

        assertThat(webhook.checkUrl("https://hook.example.vn/zalo").getHost()).isEqualTo("hook.example.vn");
        assertThatThrownBy(() -> webhook.send("an-duong", "https://hook.example.vn/zalo", "a-secret-of-sixteen", "r1", Map.of()))
                .hasMessageContaining("Địa chỉ bị từ chối").hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> channel(Duration.ofSeconds(2), 2).send("an-duong",
                "http://localhost:" + server.getAddress().getPort() + "/ok", "a-secret-of-sixteen", "r2", Map.of()))
                .hasMessageContaining("https://");
    }
}
