package vn.wardplan.notification.recipient;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.RestClient;

import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * Looks officials up through the Keycloak admin API with the service account of the {@code wardplan-notifier}
 * client, whose only rights are {@code realm-management: view-users} (query and read users). Users are found by
 * their {@code ward} and {@code unit} attributes; the answers are cached for a few minutes
 * ({@code spring.cache}), so a burst of reminders asks Keycloak once per unit.
 */
class KeycloakOfficials implements Officials {

    /** Where Keycloak is and how the service signs in to it. */
    @ConfigurationProperties("wardplan.notification.keycloak")
    public record Settings(@DefaultValue("http://localhost:8180") String url, @DefaultValue("wardplan") String realm,
            @DefaultValue("wardplan-notifier") String clientId, @DefaultValue("") String clientSecret,
            @DefaultValue("lanh-dao") String leadershipUnit, @DefaultValue("10s") Duration timeout) {
    }

    private record UserRepresentation(String username, String firstName, String lastName, String email, Boolean enabled,
            Map<String, List<String>> attributes) {
    }

    private final Settings settings;
    private final RestClient http;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager tokens;

    public KeycloakOfficials(Settings settings, RestClient.Builder http) {
        this.settings = settings;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(settings.timeout());
        requests.setReadTimeout(settings.timeout());
        this.http = http.baseUrl(settings.url()).requestFactory(requests).build();
        ClientRegistration registration = ClientRegistration.withRegistrationId("keycloak-admin")
                .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(settings.url() + "/realms/" + settings.realm() + "/protocol/openid-connect/token").build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        this.tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
    }

    @Override
    @Cacheable(cacheNames = "unit-officials", key = "#ward.ward() + ':' + #unitCode")
    public List<Official> ofUnit(WardScope ward, String unitCode) {
        return search(ward, unitCode).stream().map(KeycloakOfficials::official).toList();
    }

    @Override
    @Cacheable(cacheNames = "directing-leaders", key = "#ward.ward() + ':' + #directingLeader")
    public List<Official> directingLeaders(WardScope ward, String directingLeader) {
        List<UserRepresentation> leaders = search(ward, settings.leadershipUnit());
        List<UserRepresentation> matching = leaders.stream()
                .filter(u -> directingLeader != null && normalized(directingLeader).equals(normalized(first(u, "position"))))
                .toList();
        return (matching.isEmpty() ? leaders : matching).stream().map(KeycloakOfficials::official).toList();
    }

    private List<UserRepresentation> search(WardScope ward, String unitCode) {
        OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("keycloak-admin")
                .principal(settings.clientId()).build());
        if (client == null) {
            throw new IllegalStateException("Keycloak refused the notifier's service account");
        }
        List<UserRepresentation> users = http.get()
                .uri(uri -> uri.path("/admin/realms/{realm}/users").queryParam("q", "ward:" + ward.ward() + " unit:" + unitCode)
                        .queryParam("briefRepresentation", false).queryParam("max", 500).build(settings.realm()))
                .headers(h -> h.setBearerAuth(client.getAccessToken().getTokenValue()))
                .retrieve().body(new ParameterizedTypeReference<>() { });
        // Keycloak's q search matches substrings on some versions: keep exact matches of ward and unit only.
        return users == null ? List.of() : users.stream().filter(u -> !Boolean.FALSE.equals(u.enabled()))
                .filter(u -> ward.ward().equals(first(u, "ward")) && unitCode.equals(first(u, "unit"))).toList();
    }

    private static Official official(UserRepresentation user) {
        String name = String.join(" ", List.of(nullToEmpty(user.firstName()), nullToEmpty(user.lastName()))).strip();
        String locale = first(user, "locale");
        return new Official(user.username(), name.isEmpty() ? user.username() : name, user.email(), locale == null ? "vi" : locale);
    }

    private static String first(UserRepresentation user, String attribute) {
        List<String> values = user.attributes() == null ? null : user.attributes().get(attribute);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String normalized(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
