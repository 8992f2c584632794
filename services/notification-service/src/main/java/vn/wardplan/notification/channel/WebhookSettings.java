package vn.wardplan.notification.channel;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the wards' webhooks are called.
 *
 * @param deadline the whole call, from resolving the name to the last byte of the answer
 * @param perWard calls of one ward at the same time: one ward's slow endpoint takes at most this many sending slots
 * @param busyWait how long a call waits for its ward's slot before it counts as a failed attempt (retried later)
 * @param allowedHosts when not empty, the only hosts (or parent domains) webhooks may call
 * @param internalHosts hosts the operator runs (an SMS bridge inside the cluster), exempt from the public-address rule
 */
@ConfigurationProperties("wardplan.notification.webhook")
record WebhookSettings(@DefaultValue("10s") Duration deadline, @DefaultValue("2") int perWard,
        @DefaultValue("1s") Duration busyWait, @DefaultValue({}) Set<String> allowedHosts,
        @DefaultValue({}) Set<String> internalHosts) {
}
