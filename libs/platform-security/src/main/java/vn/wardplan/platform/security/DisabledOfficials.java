package vn.wardplan.platform.security;

/**
 * Which officials their ward has disabled (ward-service's {@code ward.official-disabled} / {@code official-enabled}
 * events). Keycloak refuses a disabled account's sign-ins and ends its sessions; this closes the gap of the access
 * tokens it still holds: every service refuses them within seconds of the event.
 */
public interface DisabledOfficials {

    boolean isDisabled(String ward, String username);
}
