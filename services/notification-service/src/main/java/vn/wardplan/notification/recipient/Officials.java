package vn.wardplan.notification.recipient;

import java.util.List;

import vn.wardplan.platform.web.tenancy.WardScope;

/** Where the officials of a ward are looked up (Keycloak, the directory of record for people). */
public interface Officials {

    /** The enabled officials of a unit of the ward. */
    List<Official> ofUnit(WardScope ward, String unitCode);

    /**
     * The ward's leaders who direct the work: the members of the leadership unit whose position is the directing
     * leader named in the plan ("Chủ tịch UBND phường"), or all of them when no position matches.
     */
    List<Official> directingLeaders(WardScope ward, String directingLeader);
}
