package vn.wardplan.notification.channel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.web.outbound.OutboundAddresses;

/**
 * Posts a reminder as JSON to the ward's webhook (a bridge to Zalo OA or an SMS gateway). The receiver checks
 * {@code X-Wardplan-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the ward's secret>} and the
 * {@code X-Wardplan-Timestamp}; {@code X-Wardplan-Delivery} is the reminder's key, the same on a retry.
 *
 * <p>The address is a ward's word, so the call is made as {@link OutboundAddresses} allows: HTTPS, the host resolved
 * once and every address public, the connection made to those addresses only; no redirect is followed; the whole call
 * has a deadline; a ward has at most {@link WebhookSettings#perWard()} calls at once. What fails is told by its status
 * code or a short reason, never the remote answer's body.
 */
@Component
public class WebhookChannel implements DisposableBean {

    /** A call that did not succeed, with a reason short enough for the delivery log. */
    public static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String reason) {
            super(reason);
        }
    }

    private final OutboundAddresses addresses;
    private final WebhookSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Semaphore> wards = new ConcurrentHashMap<>();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    @org.springframework.beans.factory.annotation.Autowired
    WebhookChannel(WebhookSettings settings, JsonMapper json, Clock clock) {
        this(new OutboundAddresses(settings.allowedHosts(), settings.internalHosts()), settings, json, clock);
    }

    public WebhookChannel(OutboundAddresses addresses, WebhookSettings settings, JsonMapper json, Clock clock) {
        this.addresses = addresses;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** The rule a URL must meet when the ward office saves it (the call checks it again). */
    public URI checkUrl(String url) {
        return addresses.check(url);
    }

    /** Posts the payload (a record, written as JSON and signed) to the ward's URL; at most a few calls per ward at once. */
    public void send(String ward, String url, String secret, String reminderId, Object payload) {
        Semaphore slots = wards.computeIfAbsent(ward, w -> new Semaphore(settings.perWard()));
        try {
            if (!slots.tryAcquire(settings.busyWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Failed("Phường đang có " + settings.perWard() + " cuộc gọi webhook chưa xong; gửi lại sau");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("Bị ngắt khi chờ gửi");
        }
        try {
            post(url, secret, reminderId, payload);
        } finally {
            slots.release();
        }
    }

    private void post(String url, String secret, String reminderId, Object payload) {
        URI uri;
        List<InetAddress> pinned;
        try {
            uri = addresses.parse(url);
            pinned = addresses.resolve(uri.getHost());
        } catch (OutboundAddresses.Refused refused) {
            throw new Failed("Địa chỉ bị từ chối: " + refused.getMessage());
        }
        String body = json.writeValueAsString(payload);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        Timeout deadline = Timeout.of(settings.deadline());
        // The connection goes to the addresses checked above, whatever the name resolves to by now.
        try (CloseableHttpClient http = HttpClients.custom().disableRedirectHandling().disableAutomaticRetries()
                .disableCookieManagement().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PinnedResolver(uri.getHost(), pinned))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(deadline).setSocketTimeout(deadline).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(deadline).build()).build()) {
            HttpPost post = new HttpPost(uri);
            post.setHeader("X-Wardplan-Delivery", reminderId);
            post.setHeader("X-Wardplan-Timestamp", timestamp);
            post.setHeader("X-Wardplan-Signature", "sha256=" + sign(secret, timestamp + "." + body));
            post.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
            ScheduledFuture<?> abort = deadlines.schedule(post::cancel, settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
            try {
                int status = http.execute(post, response -> response.getCode());
                if (status < 200 || status >= 300) {
                    throw new Failed("HTTP " + status + (status >= 300 && status < 400 ? " (không theo chuyển hướng)" : ""));
                }
            } catch (IOException e) {
                // The deadline aborts the exchange by closing its socket: say why it ended, not how.
                if (post.isCancelled()) {
                    throw new Failed("Quá thời gian gửi (" + settings.deadline().toMillis() + " ms)");
                }
                throw e;
            } finally {
                abort.cancel(false);
            }
        } catch (Failed failed) {
            throw failed;
        } catch (SocketTimeoutException e) {
            throw new Failed("Quá thời gian gửi (" + settings.deadline().toMillis() + " ms)");
        } catch (IOException e) {
            throw new Failed(reason(e));
        }
    }

    private String reason(IOException e) {
        if (e instanceof java.net.ConnectException || e instanceof org.apache.hc.client5.http.HttpHostConnectException) {
            return "Không kết nối được tới máy chủ";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "Lỗi TLS (chứng chỉ không hợp lệ hoặc máy chủ không hỗ trợ https)";
        }
        return "Gửi không được (" + e.getClass().getSimpleName() + ")";
    }

    /** The hex HMAC-SHA256 of the text with the secret, as the receiver computes it. */
    public static String sign(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        deadlines.shutdownNow();
    }

    /** Answers the checked addresses for the call's host and nothing for any other name. */
    private record PinnedResolver(String host, List<InetAddress> addresses) implements org.apache.hc.client5.http.DnsResolver {

        @Override
        public InetAddress[] resolve(String name) throws java.net.UnknownHostException {
            if (!name.equalsIgnoreCase(host) && !("[" + name + "]").equalsIgnoreCase(host)) {
                throw new java.net.UnknownHostException(name);
            }
            return addresses.toArray(InetAddress[]::new);
        }

        @Override
        public String resolveCanonicalHostname(String name) {
            return name;
        }
    }
}
