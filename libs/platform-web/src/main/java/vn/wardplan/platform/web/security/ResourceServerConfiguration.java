package vn.wardplan.platform.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.security.DisabledOfficials;
import vn.wardplan.platform.security.SuspendedWards;
import vn.wardplan.platform.security.TokenRules;
import vn.wardplan.platform.security.TokenSettings;
import vn.wardplan.platform.security.WardplanClaims;
import vn.wardplan.platform.web.problem.ProblemMessages;

/**
 * Every service is an OAuth2 resource server: stateless, bearer tokens only, validated by {@link TokenRules}.
 * Health, metrics and the OpenAPI description stay open; everything else needs a token.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@EnableMethodSecurity
@EnableConfigurationProperties(TokenSettings.class)
public class ResourceServerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(TokenSettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.effectiveJwkSetUri())
                .jwsAlgorithm(TokenRules.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenRules.validator(settings.issuerUri(), settings.audience(), settings.clients()));
        return decoder;
    }

    /** What Spring Security's HTTP firewall refuses is answered with problem details, like everything else. */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler problemDetailsForRejectedRequests(ProblemMessages messages,
            JsonMapper json) {
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(messages, json);
        return (request, response, rejected) -> problems.rejected(request, response);
    }

    @Bean
    JwtAuthenticationConverter wardplanJwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(WardplanClaims.ROLES);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName(WardplanClaims.USERNAME);
        return converter;
    }

    @Bean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, JwtDecoder decoder,
            JwtAuthenticationConverter converter, ProblemMessages messages, JsonMapper json,
            ObjectProvider<SuspendedWards> suspendedWards, ObjectProvider<DisabledOfficials> disabledOfficials) throws Exception {
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(messages, json);
        SuspendedWards suspended = suspendedWards.getIfAvailable();
        if (suspended != null) {
            http.addFilterAfter(new SuspendedWardFilter(suspended, disabledOfficials.getIfAvailable(), problems),
                    BearerTokenAuthenticationFilter.class);
        }
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error").permitAll()
                        // The API description is public; every operation it describes still needs a token.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // What a ward chose to publish (its plan is a public document); each such resource checks that.
                        .requestMatchers("/api/public/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens only, no cookies: nothing for a cross-site request to ride on.
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
