package vn.wardplan.task.regime;

import vn.wardplan.platform.web.tenancy.WardScope;

/** In-process: the ward's regime was stored; what is scheduled by it (the deliverables) follows. */
public record RegimeApplied(WardScope ward) {
}
