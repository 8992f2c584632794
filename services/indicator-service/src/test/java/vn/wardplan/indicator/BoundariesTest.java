package vn.wardplan.indicator;

import vn.wardplan.platform.architecture.ServiceBoundaries;

/** The boundaries of indicator-service (docs/architecture.md shows its features and what each may use). */
class BoundariesTest extends ServiceBoundaries {

    BoundariesTest() {
        super("vn.wardplan.indicator");
    }
}
