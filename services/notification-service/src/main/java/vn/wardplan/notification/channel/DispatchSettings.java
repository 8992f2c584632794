package vn.wardplan.notification.channel;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dispatcher works: how long a claim (lease) holds before another replica may take the reminder over,
 * how many reminders it asks for at once and sends in parallel, the back-off between failed attempts (after the
 * last one the reminder is FAILED and shown to the ward office), how long a reminder must have waited before it is
 * checked against later ones due at the same time (after downtime only the latest goes out), and the platform
 * address links point to.
 */
@ConfigurationProperties("wardplan.notification.dispatch")
public record DispatchSettings(@DefaultValue("2s") Duration interval, @DefaultValue("2m") Duration lease,
        @DefaultValue("200") int batch, @DefaultValue("8") int parallelSends,
        @DefaultValue({ "1m", "5m", "30m", "2h" }) List<Duration> backoff, @DefaultValue("1h") Duration staleAfter,
        @DefaultValue("http://localhost:8080") String appBaseUrl) {
}
