package vn.wardplan.reporting.publication;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.security.WhenDenied;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The ward office's switch for the public page: {@code GET|PUT /api/reports/wards/{ward}/publication}. */
@RestController
class PublicationResource {

    /** Body of the PUT. */
    record PublicationRequest(@NotNull Boolean published) {
    }

    /** The switch as the API shows it, with the public page's address when it is on. */
    record PublicationView(String ward, boolean published, String publicPage) {

        static PublicationView of(String ward, boolean published) {
            return new PublicationView(ward, published, published ? "/public/" + ward : null);
        }
    }

    private final WardScopedMongo mongo;
    private final Clock clock;

    PublicationResource(WardScopedMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @GetMapping("/api/reports/wards/{ward}/publication")
    PublicationView get(@PathVariable String ward) {
        WardScope scope = WardAccess.readable(CurrentCaller.get(), ward);
        return PublicationView.of(scope.ward(),
                mongo.findById(scope, scope.ward(), Publication.class).map(Publication::published).orElse(false));
    }

    /** Only the ward's own office turns its page on or off. */
    @PutMapping("/api/reports/wards/{ward}/publication")
    @PreAuthorize("hasRole('ward-admin')")
    @WhenDenied("publication.wardAdminOnly")
    PublicationView put(@PathVariable String ward, @Valid @RequestBody PublicationRequest request) {
        Caller caller = CurrentCaller.get();
        WardScope scope = WardAccess.readable(caller, ward);
        if (!caller.officeOf(scope.ward())) {
            throw WardplanProblem.forbidden("publication.wardAdminOnly");
        }
        mongo.save(scope, new Publication(scope.ward(), scope.ward(), scope.city(), request.published(), clock.instant(),
                caller.username()));
        return PublicationView.of(scope.ward(), request.published());
    }
}
