package vn.wardplan.indicator;

import vn.wardplan.platform.test.HostileRequestsContract;

/** The security suite, driven by indicator-service's OpenAPI document (see {@link HostileRequestsContract}). */
class HostileRequestsIT extends HostileRequestsContract {
}
