package vn.wardplan.ward.official;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts of officials, as the identity provider keeps them (Keycloak in every deployment; see
 * {@code keycloak/KeycloakAccounts}). The directory never stores a password: accounts live where sign-in happens.
 */
public interface Accounts {

    /** An official's account: who, where (city, ward, unit), which ward roles, and whether it may sign in. */
    record Account(String id, String username, String firstName, String lastName, String email, String city, String ward,
            String unit, String position, Set<String> roles, boolean enabled, boolean awaitingFirstSignIn) {
    }

    /** What a new account needs; it starts with a temporary password that must be changed at first sign-in. */
    record NewAccount(String username, String email, String firstName, String lastName, String city, String ward,
            String unit, String position, Set<String> roles) {
    }

    Optional<Account> find(String username);

    List<Account> ofWard(String ward);

    Account create(NewAccount account, String temporaryPassword);

    void setTemporaryPassword(String id, String password);

    void moveTo(String id, String unit, String position);

    /** Replaces the account's ward roles by the given ones; other roles are left as they are. */
    void setWardRoles(String id, Set<String> roles);

    void setEnabled(String id, boolean enabled);

    /** Ends the account's sessions, so no new access token is issued from them. */
    void signOut(String id);

    /** Asks the identity provider to mail the official a link to choose a password; false when it cannot mail. */
    boolean sendPasswordSetup(String id);

    /** The username belongs to an account already. */
    class UsernameTaken extends RuntimeException {
        public UsernameTaken(String username) {
            super("Username " + username + " is taken");
        }
    }
}
