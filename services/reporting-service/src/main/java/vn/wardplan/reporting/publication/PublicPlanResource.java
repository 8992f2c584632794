package vn.wardplan.reporting.publication;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;

/** The public page's data, without sign-in (see {@link PublicPlans} for what it shows and to whom). */
@RestController
class PublicPlanResource {

    private final PublicPlans plans;

    PublicPlanResource(PublicPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/public/wards/{ward}/plan")
    @SecurityRequirements // none: the one operation anyone may call
    PublicPlanView plan(@PathVariable String ward, @RequestParam(required = false) Integer year) {
        return plans.of(ward, year);
    }
}
