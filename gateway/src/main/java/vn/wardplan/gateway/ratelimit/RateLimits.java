package vn.wardplan.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's rate limits: for each kind of request (paths, methods) how many a user and how many a client address
 * may send per window. Counts live in this gateway replica's memory (ADR 0018): with n replicas behind a balancer a
 * client may reach up to n times the limit, which still bounds a burst; a shared store is the scale-out work's.
 */
@ConfigurationProperties("wardplan.gateway.rate-limits")
public record RateLimits(@DefaultValue("1m") Duration window, @DefaultValue("100000") int maxKeys, List<Rule> rules) {

    /**
     * @param name the kind of request, for logs and metrics
     * @param paths Spring path patterns ("/api/plans/import", "/api/reports/**")
     * @param methods the HTTP methods it covers (empty: all)
     * @param perUser requests per window of one signed-in user (0: not limited per user)
     * @param perAddress requests per window of one client address (0: not limited per address)
     */
    public record Rule(String name, List<String> paths, @DefaultValue({}) List<String> methods, @DefaultValue("0") int perUser,
            @DefaultValue("0") int perAddress) {
    }

    public List<Rule> rules() {
        return rules == null ? List.of() : rules;
    }
}
