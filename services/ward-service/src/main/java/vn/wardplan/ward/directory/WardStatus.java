package vn.wardplan.ward.directory;

/** Where a ward stands on the platform. */
public enum WardStatus {
    /** Created in the directory; its first administrator's account is being set up. */
    ONBOARDING,
    /** Its officials sign in and work. */
    ACTIVE,
    /** Its officials cannot sign in or call the API; its data is kept intact. */
    SUSPENDED
}
