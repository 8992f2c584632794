package vn.wardplan.notification.policy;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.notification.channel.WebhookChannel;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.outbound.OutboundAddresses;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.wardplan.notification.deadline.Deadlines;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * The ward's reminder policy: everyone of the ward reads it, the ward office changes it. A change re-plans the
 * reminders still to come of every open deadline; what was sent stays sent.
 */
@RestController
class PolicyResource {

    /** The policy as the API shows it (the webhook secret is never shown, only whether one is set). */
    record PolicyView(List<Integer> beforeWorkingDays, boolean onDueDay, int overdueEveryWorkingDays, int maxOverdueReminders,
            int escalateAfterWorkingDays, LocalTime sendTime, LocalTime quietFrom, LocalTime quietUntil,
            boolean dailyDigest, LocalTime digestTime, String webhookUrl, boolean webhookSecretSet) {

        static PolicyView of(ReminderPolicy p) {
            return new PolicyView(p.beforeWorkingDays(), p.onDueDay(), p.overdueEveryWorkingDays(), p.maxOverdueReminders(),
                    p.escalateAfterWorkingDays(), p.sendTime(), p.quietFrom(), p.quietUntil(),
                    p.dailyDigest(), p.digestTime(), p.webhookUrl(), p.webhookSecret() != null);
        }
    }

    /**
     * A new policy; quiet hours are off when both ends are null; the digest goes out at {@code digestTime} (16:30 when
     * not given). A null webhook secret keeps the stored one.
     */
    record PolicyRequest(@NotEmpty @Size(max = 10) List<@NotNull @Min(1) @Max(60) Integer> beforeWorkingDays,
            @NotNull Boolean onDueDay, @NotNull @Min(1) @Max(30) Integer overdueEveryWorkingDays,
            @NotNull @Min(0) @Max(50) Integer maxOverdueReminders, @NotNull @Min(1) @Max(60) Integer escalateAfterWorkingDays, @NotNull LocalTime sendTime, LocalTime quietFrom, LocalTime quietUntil,
            Boolean dailyDigest, LocalTime digestTime,
            @Size(max = 500) String webhookUrl, @Size(min = 16, max = 200) String webhookSecret) {
    }

    /** The policy after a change and how many open deadlines were re-planned. */
    record PolicyChange(PolicyView policy, int replannedDeadlines) {
    }

    private final WardScopedMongo mongo;
    private final Policies policies;
    private final Deadlines deadlines;
    private final Clock clock;
    private final WebhookChannel webhook;
    private final AuditTrail trail;

    PolicyResource(WardScopedMongo mongo, Policies policies, Deadlines deadlines, Clock clock, WebhookChannel webhook,
            AuditTrail trail) {
        this.trail = trail;
        this.mongo = mongo;
        this.policies = policies;
        this.deadlines = deadlines;
        this.clock = clock;
        this.webhook = webhook;
    }

    @GetMapping("/api/notifications/policy")
    PolicyView policy() {
        return PolicyView.of(policies.of(WardAccess.ownWard(CurrentCaller.get())));
    }

    @PutMapping("/api/notifications/policy")
    @PreAuthorize("hasRole('ward-admin')")
    PolicyChange change(@Valid @RequestBody PolicyRequest request) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        check(request);
        ReminderPolicy current = policies.of(ward);
        String secret = request.webhookUrl() == null ? null
                : request.webhookSecret() != null ? request.webhookSecret() : current.webhookSecret();
        if (request.webhookUrl() != null && secret == null) {
            throw WardplanProblem.badRequest("policy.webhookSecretMissing");
        }
        if (request.webhookUrl() != null) {
            try {
                webhook.checkUrl(request.webhookUrl());
            } catch (OutboundAddresses.Refused refused) {
                throw WardplanProblem.badRequest("policy.webhookRefused", refused.getMessage());
            }
        }
        ReminderPolicy changed = new ReminderPolicy(ward.ward(), ward.ward(), ward.city(), List.copyOf(request.beforeWorkingDays()),
                request.onDueDay(), request.overdueEveryWorkingDays(), request.maxOverdueReminders(),
                request.escalateAfterWorkingDays(), request.sendTime(), request.quietFrom(), request.quietUntil(),
                Boolean.TRUE.equals(request.dailyDigest()), request.digestTime() == null ? LocalTime.of(16, 30) : request.digestTime(), request.webhookUrl(), secret, clock.instant(), caller.username(),
                current.outbox());
        // The trail shows the policy as the API does: never the webhook's secret.
        ReminderPolicy policy = changed.recorded(trail.record(ward.ward(), ward.city(), caller.username(), caller.displayName(),
                AuditedChange.of(AuditKind.REMINDER_POLICY, ward.ward(), "Chính sách nhắc việc của phường", "policy.changed",
                        current.updatedAt() == null ? null : PolicyView.of(current), PolicyView.of(changed))));
        mongo.save(ward, policy);
        return new PolicyChange(PolicyView.of(policy), deadlines.replan(ward));
    }

    private static void check(PolicyRequest request) {
        if ((request.quietFrom() == null) != (request.quietUntil() == null)) {
            throw WardplanProblem.badRequest("policy.quietHoursHalf");
        }
        if (ReminderPolicy.isQuiet(request.quietFrom(), request.quietUntil(), request.sendTime())) {
            throw WardplanProblem.badRequest("policy.sendTimeQuiet", request.sendTime(), request.quietFrom(), request.quietUntil());
        }
        if (request.digestTime() != null && ReminderPolicy.isQuiet(request.quietFrom(), request.quietUntil(), request.digestTime())) {
            throw WardplanProblem.badRequest("policy.sendTimeQuiet", request.digestTime(), request.quietFrom(), request.quietUntil());
        }
    }
}
