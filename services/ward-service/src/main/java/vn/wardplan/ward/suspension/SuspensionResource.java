package vn.wardplan.ward.suspension;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.ward.directory.WardDirectory;
import vn.wardplan.ward.directory.WardView;

/** A platform-admin suspends a ward ({@code PUT}) and reinstates it ({@code DELETE}); both can be repeated. */
@RestController
class SuspensionResource {

    /** Why the ward is suspended, kept with it and shown to platform and city staff. */
    record SuspensionRequest(@NotBlank @Size(max = 500) String reason) {
    }

    private final Suspensions suspensions;
    private final WardDirectory directory;

    SuspensionResource(Suspensions suspensions, WardDirectory directory) {
        this.suspensions = suspensions;
        this.directory = directory;
    }

    @PutMapping("/api/wards/{ward}/suspension")
    @PreAuthorize("hasRole('platform-admin')")
    WardView suspend(@PathVariable String ward, @Valid @RequestBody SuspensionRequest request) {
        return directory.view(suspensions.suspend(ward, request.reason().strip(), actor()));
    }

    @DeleteMapping("/api/wards/{ward}/suspension")
    @PreAuthorize("hasRole('platform-admin')")
    WardView reinstate(@PathVariable String ward) {
        return directory.view(suspensions.reinstate(ward, actor()));
    }

    private static Actor actor() {
        Caller caller = CurrentCaller.get();
        return new Actor(caller.username(), caller.displayName());
    }
}
