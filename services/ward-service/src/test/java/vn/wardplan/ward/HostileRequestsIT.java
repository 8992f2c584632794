package vn.wardplan.ward;

import vn.wardplan.platform.test.HostileRequestsContract;

/** The security suite, driven by ward-service's OpenAPI document (see {@link HostileRequestsContract}). */
class HostileRequestsIT extends HostileRequestsContract {
}
