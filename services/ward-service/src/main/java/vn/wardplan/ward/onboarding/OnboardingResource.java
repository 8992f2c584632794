package vn.wardplan.ward.onboarding;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.ward.directory.WardDirectory;
import vn.wardplan.ward.directory.WardView;

/** {@code POST /api/wards}: a platform-admin onboards a ward with one call; repeating it changes nothing. */
@RestController
class OnboardingResource {

    /**
     * The onboarded ward and its first administrator. {@code temporaryPassword} is shown once, when this call set
     * it; the administrator must change it at first sign-in.
     */
    record OnboardingView(WardView ward, AdminView admin) {
    }

    record AdminView(String username, String temporaryPassword, boolean setupMailSent) {
    }

    private final Onboarding onboarding;
    private final WardDirectory directory;

    OnboardingResource(Onboarding onboarding, WardDirectory directory) {
        this.onboarding = onboarding;
        this.directory = directory;
    }

    @PostMapping("/api/wards")
    @PreAuthorize("hasRole('platform-admin')")
    ResponseEntity<OnboardingView> onboard(@Valid @RequestBody OnboardingRequest request) {
        Onboarding.Outcome outcome = onboarding.onboard(request, new Actor(CurrentCaller.get().username(), CurrentCaller.get().displayName()));
        OnboardingView view = new OnboardingView(directory.view(outcome.ward()),
                new AdminView(outcome.ward().adminUsername(), outcome.temporaryPassword(), outcome.setupMailSent()));
        return ResponseEntity.status(outcome.changed() ? HttpStatus.CREATED : HttpStatus.OK).body(view);
    }
}
