package vn.wardplan.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Counts requests of each limited kind per user and per client address in fixed windows and answers 429 problem
 * details with {@code Retry-After} beyond the limit. It runs after authentication, so "user" is who the session or the
 * verified token says, never a claim a client wrote. The client address is the connection's, or the one the proxy in
 * front forwarded when the gateway is told to trust it ({@code server.forward-headers-strategy}).
 */
@Component
public class RateLimitFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    /** A request refused: how long until the window turns. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
    }

    private record Compiled(RateLimits.Rule rule, List<PathPattern> patterns) {
    }

    private static final class Window {
        long start;
        int count;
    }

    private final RateLimits limits;
    private final List<Compiled> rules;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    RateLimitFilter(RateLimits limits, MeterRegistry meters) {
        this(limits, Clock.systemUTC(), meters);
    }

    RateLimitFilter(RateLimits limits, Clock clock, MeterRegistry meters) {
        this.limits = limits;
        this.clock = clock;
        this.meters = meters;
        this.rules = limits.rules().stream().map(r -> new Compiled(r, r.paths().stream()
                .map(PathPatternParser.defaultInstance::parse).toList())).toList();
    }

    /**
     * Counts the request against every rule it falls under. Rules by address alone run first, before anything else
     * (sign-in and its callback finish inside the security chain); rules by user run once the caller is known.
     */
    public Mono<Verdict> check(ServerWebExchange exchange, boolean byUser) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        String method = exchange.getRequest().getMethod().name();
        List<Compiled> matching = rules.stream().filter(c -> (c.rule().perUser() > 0) == byUser)
                .filter(c -> (c.rule().methods().isEmpty() || c.rule().methods().contains(method))
                && c.patterns().stream().anyMatch(p -> p.matches(path))).toList();
        if (matching.isEmpty()) {
            return Mono.just(new Verdict(true, 0));
        }
        String address = address(exchange);
        return exchange.getPrincipal().map(Principal::getName).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .map(caller -> {
                    for (Compiled compiled : matching) {
                        RateLimits.Rule rule = compiled.rule();
                        Verdict byAddress = rule.perAddress() > 0 ? count(rule.name() + "|a|" + address, rule.perAddress()) : null;
                        Verdict perUser = rule.perUser() > 0 && caller.isPresent() ? count(rule.name() + "|u|" + caller.get(), rule.perUser()) : null;
                        for (Verdict verdict : new Verdict[] {byAddress, perUser}) {
                            if (verdict != null && !verdict.allowed()) {
                                meters.counter("wardplan.gateway.rate_limited", "rule", rule.name()).increment();
                                log.info("Rate limit {} reached by {} {}", rule.name(), caller.orElse("anonymous"), address);
                                return verdict;
                            }
                        }
                    }
                    return new Verdict(true, 0);
                });
    }

    /** Counts one request of a key in the current window. */
    Verdict count(String key, int limit) {
        long now = clock.millis();
        long window = limits.window().toMillis();
        if (windows.size() > limits.maxKeys()) {
            // Bounded memory: a flood of new keys (addresses) drops the windows that have run out.
            windows.values().removeIf(w -> now - w.start >= window);
        }
        Window current = windows.computeIfAbsent(key, k -> new Window());
        synchronized (current) {
            if (now - current.start >= window) {
                current.start = now;
                current.count = 0;
            }
            current.count++;
            if (current.count <= limit) {
                return new Verdict(true, 0);
            }
            return new Verdict(false, Math.max(1, (current.start + window - now + 999) / 1000));
        }
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /** The WebFilter form, for the security chain. */
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain, boolean byUser,
            java.util.function.BiFunction<ServerWebExchange, Long, Mono<Void>> refuse) {
        return check(exchange, byUser).flatMap(v -> v.allowed() ? chain.filter(exchange) : refuse.apply(exchange, v.retryAfterSeconds()));
    }
}
