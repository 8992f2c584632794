package vn.wardplan.platform.security;

/**
 * Which wards are suspended on the platform (ward-service's {@code ward.suspended} / {@code ward.reinstated}
 * events). A suspended ward's officials can no longer sign in; this closes the gap of the access tokens they still
 * hold: every service refuses a token whose {@code ward} claim names a suspended ward.
 */
public interface SuspendedWards {

    boolean isSuspended(String ward);
}
