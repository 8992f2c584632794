package vn.wardplan.gateway.session;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;

/**
 * Everything a browser's sign-in leaves on the gateway lives in the shared session (ADR 0025): the security context,
 * the sign-in's state and PKCE verifier, the saved request, and the OAuth2 tokens TokenRelay sends on (kept in the
 * session rather than in the replica's memory). The CSRF token is a cookie already.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SharedSessions {

    private static final Logger log = LoggerFactory.getLogger(SharedSessions.class);

    @Bean
    MongoWebSessions reactiveSessionRepository(ReactiveMongoTemplate mongo,
            @Value("${server.reactive.session.timeout:30m}") Duration timeout) {
        return new MongoWebSessions(mongo, timeout, Clock.systemUTC());
    }

    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /**
     * Real MongoDB removes expired sessions itself (TTL index); the stand-in keeps the index and ignores it. Created in
     * the background: a database that answers late delays the index, not the gateway's start.
     */
    @Bean
    ApplicationRunner sessionExpiryIndex(ReactiveMongoTemplate mongo) {
        return args -> mongo.indexOps(MongoWebSessions.COLLECTION)
                .createIndex(new Index("expireAt", Sort.Direction.ASC).named("expire_at").expire(Duration.ZERO))
                .retryWhen(reactor.util.retry.Retry.backoff(5, Duration.ofSeconds(2)))
                .subscribe(created -> log.debug("Sessions' expiry index: {}", created),
                        e -> log.warn("Sessions' expiry index not created ({}); expired sessions are refused all the same",
                                e.getMessage()));
    }
}
