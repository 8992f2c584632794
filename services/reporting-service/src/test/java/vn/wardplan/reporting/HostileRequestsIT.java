package vn.wardplan.reporting;

import vn.wardplan.platform.test.HostileRequestsContract;

/** The security suite, driven by reporting-service's OpenAPI document (see {@link HostileRequestsContract}). */
class HostileRequestsIT extends HostileRequestsContract {
}
