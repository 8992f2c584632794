package vn.wardplan.task;

import vn.wardplan.platform.architecture.ServiceBoundaries;

/** The boundaries of task-service (docs/architecture.md shows its features and what each may use). */
class BoundariesTest extends ServiceBoundaries {

    BoundariesTest() {
        super("vn.wardplan.task");
    }
}
