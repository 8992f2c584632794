package vn.wardplan.notification.channel;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a reminder as JSON to the ward's webhook (a bridge to Zalo OA or an SMS gateway). The receiver checks
 * {@code X-Wardplan-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the ward's secret>} and the
 * {@code X-Wardplan-Timestamp}; {@code X-Wardplan-Delivery} is the reminder's key, the same on a retry.
 */
@Component
public class WebhookChannel {

    private final RestClient http;
    private final JsonMapper json;
    private final Clock clock;

    WebhookChannel(JsonMapper json, Clock clock) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(5_000);
        requests.setReadTimeout(10_000);
        this.http = RestClient.builder().requestFactory(requests).build();
        this.json = json;
        this.clock = clock;
    }

    public void send(String url, String secret, String reminderId, Map<String, Object> payload) {
        String body = json.writeValueAsString(payload);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                .header("X-Wardplan-Delivery", reminderId)
                .header("X-Wardplan-Timestamp", timestamp)
                .header("X-Wardplan-Signature", "sha256=" + sign(secret, timestamp + "." + body))
                .body(body.getBytes(StandardCharsets.UTF_8)).retrieve().toBodilessEntity();
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
}
