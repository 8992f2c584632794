package vn.wardplan.gateway.webapp;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Mono;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * Serves the single-page application (module {@code web}, on the classpath as {@code static/}): its hashed assets
 * cached for a year, and {@code index.html} — never cached — for every client-side route, so a bookmarked
 * {@code /indicators/…} opens the application. Paths of the API, the sign-in and the actuator are left alone.
 */
@Configuration(proxyBeanMethods = false)
class WebApplication implements WebFluxConfigurer {

    private static final java.util.regex.Pattern FILE = java.util.regex.Pattern.compile("\\.[A-Za-z][A-Za-z0-9]{0,11}$");
    private static final String[] SERVER_PATHS = {"/api/", "/oauth2/", "/login", "/logout", "/actuator", "/assets/", "/error"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    @Bean
    RouterFunction<ServerResponse> clientRoutes(@Value("classpath:/static/index.html") Resource index) {
        RequestPredicate clientRoute = GET("/**").and(request -> isClientRoute(request.path()));
        return RouterFunctions.route(clientRoute, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache()).bodyValue(index));
    }

    static boolean isClientRoute(String path) {
        for (String server : SERVER_PATHS) {
            if (path.startsWith(server)) {
                return false;
            }
        }
        // A file has an extension that starts with a letter (.js, .ico); a sub-indicator's id ends in "…:7.1".
        return !FILE.matcher(path.substring(path.lastIndexOf('/') + 1)).find();
    }

    /**
     * Makes the CSRF token exist on every request, so the gateway sets the {@code XSRF-TOKEN} cookie the
     * application sends back as {@code X-XSRF-TOKEN} on its changes (the token is otherwise created lazily).
     */
    @Bean
    WebFilter csrfCookie() {
        return (exchange, chain) -> {
            if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                return chain.filter(exchange); // an API client with a bearer token has no use for the cookie
            }
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }
}
