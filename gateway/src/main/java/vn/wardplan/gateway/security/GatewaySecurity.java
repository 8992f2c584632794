package vn.wardplan.gateway.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.function.client.WebClient;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import vn.wardplan.platform.security.TokenRules;
import vn.wardplan.platform.security.TokenSettings;

/**
 * The gateway is a backend-for-frontend: browsers sign in with the authorization code flow and PKCE and keep
 * only a session cookie (tokens stay on the server); API clients send bearer tokens, checked by the same
 * {@link TokenRules} as the services. Unsafe browser requests need the CSRF token; bearer requests carry no
 * cookie a third site could ride on, so they do not.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

    static final String REGISTRATION = "keycloak";

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(KeycloakSettings keycloak) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuer())
                .authorizationUri(keycloak.frontChannel("/auth"))
                .tokenUri(keycloak.backChannel("/token"))
                .jwkSetUri(keycloak.backChannel("/certs"))
                .userInfoUri(keycloak.backChannel("/userinfo"))
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", keycloak.frontChannel("/logout")))
                .clientName("Keycloak")
                .build();
        return new InMemoryReactiveClientRegistrationRepository(registration);
    }

    /** The code exchange gives up after a bounded time instead of holding a sign-in open while Keycloak is stuck. */
    @Bean
    ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange() {
        WebClientReactiveAuthorizationCodeTokenResponseClient client = new WebClientReactiveAuthorizationCodeTokenResponseClient();
        client.setWebClient(keycloakCalls());
        return client;
    }

    /** The user-info call of a sign-in, bounded the same way. */
    @Bean
    ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
        DefaultReactiveOAuth2UserService userInfo = new DefaultReactiveOAuth2UserService();
        userInfo.setWebClient(keycloakCalls());
        OidcReactiveOAuth2UserService users = new OidcReactiveOAuth2UserService();
        users.setOauth2UserService(userInfo);
        return users;
    }

    private static WebClient keycloakCalls() {
        HttpClient http = HttpClient.create().responseTimeout(Duration.ofSeconds(15))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    @Bean
    ReactiveJwtDecoder bearerTokenDecoder(TokenSettings settings) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(settings.effectiveJwkSetUri())
                .jwsAlgorithm(TokenRules.ALGORITHM).build();
        decoder.setJwtValidator(TokenRules.validator(settings.issuerUri(), settings.audience(), settings.clients()));
        return decoder;
    }

    /**
     * The web application's content policy: its own scripts only (Vite emits no inline script), styles and images of
     * its own (the favicon is a data: URL), no framing; forms may post to Keycloak's logout page.
     */
    static String contentSecurityPolicy(KeycloakSettings keycloak) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' "
                + URI.create(keycloak.publicUrl()).resolve("/").toString().replaceAll("/$", "");
    }

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            ReactiveJwtDecoder bearerTokenDecoder, ProblemResponses problems, KeycloakSettings keycloak,
            vn.wardplan.gateway.ratelimit.RateLimitFilter limits) {
        DefaultServerOAuth2AuthorizationRequestResolver pkce = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        OidcClientInitiatedServerLogoutSuccessHandler logout = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");

        ServerWebExchangeMatcher api = ServerWebExchangeMatchers.pathMatchers("/api/**");
        ServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(api, problems.unauthorized()));
        ((DelegatingServerAuthenticationEntryPoint) entryPoint).setDefaultEntryPoint(
                new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION));

        return http
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(keycloak)))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicy(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")))
                .addFilterAt((exchange, chain) -> limits.filter(exchange, chain, false, problems::tooManyRequests),
                        org.springframework.security.config.web.server.SecurityWebFiltersOrder.FIRST)
                .addFilterAfter((exchange, chain) -> limits.filter(exchange, chain, true, problems::tooManyRequests),
                        org.springframework.security.config.web.server.SecurityWebFiltersOrder.AUTHORIZATION)
                .authorizeExchange(exchanges -> exchanges
                        // Served on the management port only (management.server.port), never on the public entry.
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers("/login/**", "/oauth2/**", "/favicon.ico", "/error", "/logged-out", "/assets/**").permitAll()
                        // A ward's public page and its data, for anyone (the service serves only published wards).
                        .pathMatchers(HttpMethod.GET, "/public/**", "/api/public/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login.authorizationRequestResolver(pkce))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(bearerTokenDecoder))
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problems.forbidden()))
                .logout(out -> out.logoutSuccessHandler(logout))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(problems.csrfRejected())
                        .requireCsrfProtectionMatcher(GatewaySecurity::browserStateChange))
                .build();
    }

    /**
     * Unsafe methods from a browser session. A request with a bearer token is exempt: it is authenticated by that token
     * alone (an invalid one is refused 401, never served from the session), so no cookie can ride on it. Any other
     * Authorization scheme gets no exemption.
     */
    private static Mono<ServerWebExchangeMatcher.MatchResult> browserStateChange(
            org.springframework.web.server.ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || method == HttpMethod.TRACE;
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.length() > 7;
        return safe || bearer ? ServerWebExchangeMatcher.MatchResult.notMatch() : ServerWebExchangeMatcher.MatchResult.match();
    }
}
