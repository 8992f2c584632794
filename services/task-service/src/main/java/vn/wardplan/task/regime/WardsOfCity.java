package vn.wardplan.task.regime;

import java.util.List;

import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The wards of a city that a change of the city's regime reaches. Declared here, answered by the feature that knows
 * the wards (units, tasks), so the regime depends on no feature above it.
 */
public interface WardsOfCity {

    List<WardScope> of(String city);
}
