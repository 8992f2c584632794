package vn.wardplan.ward.keycloak;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.wardplan.ward.official.Accounts;
import vn.wardplan.ward.official.WardRoles;

/**
 * Officials' accounts through Keycloak's admin API (the official {@code keycloak-admin-client}), signed in as the
 * service account of the {@code wardplan-directory} client. Its rights are {@code realm-management}'s
 * {@code view-users}, {@code query-users} and {@code manage-users}: enough to create, change, disable and sign out
 * users and to map realm roles; nothing on clients, realm settings or admin roles. Which roles it may grant is
 * limited here ({@link WardRoles#GRANTABLE}), since Keycloak lets manage-users map any non-admin realm role.
 */
public class KeycloakAccounts implements Accounts {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAccounts.class);

    /** Where Keycloak is and how the directory signs in to it. */
    @ConfigurationProperties("wardplan.directory.keycloak")
    public record Settings(@DefaultValue("http://localhost:8180") String url, @DefaultValue("wardplan") String realm,
            @DefaultValue("wardplan-directory") String clientId, @DefaultValue("") String clientSecret,
            @DefaultValue("10s") Duration timeout) {
    }

    private final Keycloak keycloak;
    private final String realmName;

    public KeycloakAccounts(Settings settings) {
        this.realmName = settings.realm();
        this.keycloak = KeycloakBuilder.builder().serverUrl(settings.url()).realm(settings.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(settings.clientId()).clientSecret(settings.clientSecret())
                .resteasyClient(new ResteasyClientBuilderImpl().connectionPoolSize(16)
                        .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                        // As KeycloakBuilder does for its own client: leave null fields out of what is sent.
                        .register(JacksonProvider.class, 100).build())
                .build();
    }

    /** Closes the HTTP client; Spring calls it when the context stops. */
    public void close() {
        keycloak.close();
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    @Override
    public Optional<Account> find(String username) {
        return realm().users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername())).findFirst().map(this::account);
    }

    @Override
    public List<Account> ofWard(String ward) {
        // Arguments: first, max, enabled, exact (whole values, not substrings), briefRepresentation, query.
        return realm().users().searchByAttributes(0, 1000, null, true, false, "ward:" + ward).stream()
                .filter(u -> ward.equals(first(u, "ward"))).map(this::account).toList();
    }

    @Override
    public Account create(NewAccount request, String temporaryPassword) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(request.username());
        user.setEmail(request.email());
        user.setFirstName(request.firstName());
        user.setLastName(request.lastName());
        user.setEnabled(true);
        // The office typed the address; the official proves it is theirs (the set-up link, or Keycloak's check at sign-in
        // where the realm requires verified addresses).
        user.setEmailVerified(false);
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put("city", List.of(request.city()));
        attributes.put("ward", List.of(request.ward()));
        attributes.put("unit", List.of(request.unit()));
        if (request.position() != null) {
            attributes.put("position", List.of(request.position()));
        }
        user.setAttributes(attributes);
        user.setCredentials(List.of(temporary(temporaryPassword)));
        String id;
        try (Response response = realm().users().create(compatible(user))) {
            if (response.getStatus() == 409) {
                throw new Accounts.UsernameTaken(request.username());
            }
            id = CreatedResponseUtil.getCreatedId(response);
        }
        setWardRoles(id, request.roles());
        log.info("Account {} created for ward {} (unit {}, roles {})", request.username(), request.ward(), request.unit(),
                request.roles());
        return account(realm().users().get(id).toRepresentation());
    }

    @Override
    public void setTemporaryPassword(String id, String password) {
        realm().users().get(id).resetPassword(temporary(password));
    }

    @Override
    public void moveTo(String id, String unit, String position) {
        UserResource user = realm().users().get(id);
        UserRepresentation representation = user.toRepresentation();
        Map<String, List<String>> attributes = new HashMap<>(representation.getAttributes() == null ? Map.of()
                : representation.getAttributes());
        attributes.put("unit", List.of(unit));
        if (position == null || position.isBlank()) {
            attributes.remove("position");
        } else {
            attributes.put("position", List.of(position));
        }
        representation.setAttributes(attributes);
        user.update(compatible(representation));
    }

    @Override
    public void setWardRoles(String id, Set<String> roles) {
        if (!WardRoles.GRANTABLE.containsAll(roles)) {
            throw new IllegalArgumentException("Only ward roles can be granted: " + roles);
        }
        var mapping = realm().users().get(id).roles().realmLevel();
        List<RoleRepresentation> toRemove = mapping.listAll().stream()
                .filter(r -> WardRoles.GRANTABLE.contains(r.getName()) && !roles.contains(r.getName())).toList();
        if (!toRemove.isEmpty()) {
            mapping.remove(toRemove);
        }
        List<RoleRepresentation> toAdd = mapping.listAvailable().stream().filter(r -> roles.contains(r.getName())).toList();
        if (!toAdd.isEmpty()) {
            mapping.add(toAdd);
        }
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        UserResource user = realm().users().get(id);
        UserRepresentation representation = user.toRepresentation();
        if (!Boolean.valueOf(enabled).equals(representation.isEnabled())) {
            representation.setEnabled(enabled);
            user.update(compatible(representation));
        }
    }

    @Override
    public void signOut(String id) {
        realm().users().get(id).logout();
    }

    @Override
    public boolean sendPasswordSetup(String id) {
        try {
            realm().users().get(id).executeActionsEmail(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
            return true;
        } catch (WebApplicationException e) {
            // Keycloak answers 500 when the realm has no SMTP server: the temporary password is the way in.
            log.info("Keycloak could not mail the password set-up link ({}); the temporary password stands", e.getMessage());
            return false;
        }
    }

    private Account account(UserRepresentation user) {
        Set<String> roles = new HashSet<>();
        realm().users().get(user.getId()).roles().realmLevel().listAll().forEach(r -> roles.add(r.getName()));
        roles.retainAll(WardRoles.GRANTABLE);
        return new Account(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                first(user, "city"), first(user, "ward"), first(user, "unit"), first(user, "position"), Set.copyOf(roles),
                !Boolean.FALSE.equals(user.isEnabled()),
                user.getRequiredActions() != null && user.getRequiredActions().contains("UPDATE_PASSWORD"));
    }

    /**
     * The admin client's representation (synced from a newer Keycloak) carries verifiable-credential lists that
     * Keycloak 26.5 rejects as unknown fields; left null, they are not sent.
     */
    private static UserRepresentation compatible(UserRepresentation user) {
        user.setVerifiableCredentials(null);
        user.setIssuedVerifiableCredentials(null);
        return user;
    }

    private static CredentialRepresentation temporary(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        return credential;
    }

    private static String first(UserRepresentation user, String attribute) {
        List<String> values = user.getAttributes() == null ? null : user.getAttributes().get(attribute);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

}
