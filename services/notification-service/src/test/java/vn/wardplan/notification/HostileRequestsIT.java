package vn.wardplan.notification;

import vn.wardplan.platform.test.HostileRequestsContract;

/** The security suite, driven by notification-service's OpenAPI document (see {@link HostileRequestsContract}). */
class HostileRequestsIT extends HostileRequestsContract {
}
