package vn.wardplan.reporting.queue;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;

/** {@code GET /api/reports/wards/{ward}/queue}: what waits for the ward office, for its office and leaders. */
@RestController
class QueueResource {

    /** The queue and its length (the header's count). */
    record QueueView(int count, List<OfficeQueue.Waiting> items) {
    }

    private final OfficeQueue queue;

    QueueResource(OfficeQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/api/reports/wards/{ward}/queue")
    @PreAuthorize("hasAnyRole('ward-admin', 'ward-leader')")
    QueueView queue(@PathVariable String ward) {
        var caller = CurrentCaller.get();
        if (!ward.equals(caller.ward())) {
            throw WardplanProblem.forbidden("ward.other", ward);
        }
        List<OfficeQueue.Waiting> items = queue.of(WardAccess.ownWard(caller));
        return new QueueView(items.size(), items);
    }
}
