package vn.wardplan.ward.official;

import java.util.Set;

import vn.wardplan.platform.security.WardplanRole;

/** The roles a ward's own officials may hold. platform-admin and city-viewer are never granted from a ward. */
public final class WardRoles {

    public static final Set<String> GRANTABLE = Set.of(WardplanRole.WARD_ADMIN.claimValue(),
            WardplanRole.WARD_LEADER.claimValue(), WardplanRole.UNIT_OFFICER.claimValue());

    private WardRoles() {
    }
}
