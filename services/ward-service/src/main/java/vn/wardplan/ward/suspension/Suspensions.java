package vn.wardplan.ward.suspension;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.ward.directory.Ward;
import vn.wardplan.ward.directory.WardDirectory;
import vn.wardplan.ward.directory.WardStatus;
import vn.wardplan.ward.events.WardEvents;
import vn.wardplan.ward.official.Accounts;

/**
 * Suspending and reinstating a ward. The new status and its event are stored first (that is what was
 * acknowledged); the accounts then follow it: on suspension every enabled account of the ward is disabled and
 * signed out, and remembered; on reinstatement exactly those are enabled again. {@link #reconcile} repeats the
 * account step every minute, so a crash or a Keycloak outage in between only delays it. The ward's data is never
 * touched, and the other services refuse the ward's tokens from its {@code ward.suspended} event.
 */
@Service
class Suspensions {

    private static final Logger log = LoggerFactory.getLogger(Suspensions.class);

    private final WardScopedMongo mongo;
    private final AcrossWards acrossWards;
    private final WardDirectory directory;
    private final Accounts accounts;
    private final WardEvents events;
    private final AuditTrail trail;
    private final Clock clock;

    Suspensions(WardScopedMongo mongo, AcrossWards acrossWards, WardDirectory directory, Accounts accounts, WardEvents events, AuditTrail trail, Clock clock) {
        this.mongo = mongo;
        this.acrossWards = acrossWards;
        this.trail = trail;
        this.directory = directory;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public Ward suspend(String code, String reason, Actor by) {
        Ward ward = existing(code);
        if (ward.status() == WardStatus.ONBOARDING) {
            throw WardplanProblem.badRequest("ward.notActive", code);
        }
        if (ward.status() != WardStatus.SUSPENDED) {
            Ward suspended = ward.withStatus(WardStatus.SUSPENDED, reason, ward.suspendedAccountsOrEmpty(), clock.instant(),
                    events.suspended(ward, reason));
            ward = mongo.save(scope(ward), suspended.recorded(audited(by, ward, suspended, "ward.suspended", reason)));
            log.info("Ward {} suspended: {}", code, reason);
        }
        return followAccounts(ward);
    }

    public Ward reinstate(String code, Actor by) {
        Ward ward = existing(code);
        if (ward.status() == WardStatus.SUSPENDED) {
            Ward reinstated = ward.withStatus(WardStatus.ACTIVE, null, ward.suspendedAccountsOrEmpty(), clock.instant(),
                    events.reinstated(ward));
            ward = mongo.save(scope(ward), reinstated.recorded(audited(by, ward, reinstated, "ward.reinstated", null)));
            log.info("Ward {} reinstated", code);
        }
        return followAccounts(ward);
    }

    /** Brings the accounts of every suspended or just reinstated ward in line with its status. */
    @Scheduled(fixedDelayString = "${wardplan.directory.reconcile-interval:60s}", initialDelayString = "${wardplan.directory.reconcile-interval:60s}")
    public void reconcile() {
        Criteria needsAccounts = new Criteria().orOperator(Criteria.where("status").is(WardStatus.SUSPENDED.name()),
                Criteria.where("suspendedAccounts.0").exists(true));
        for (String id : acrossWards.ids(needsAccounts, Sort.by("_id"), 10_000, Ward.class)) {
            try {
                directory.find(id).ifPresent(this::followAccounts);
            } catch (RuntimeException e) {
                log.warn("Accounts of ward {} not yet in line with its status: {}", id, e.getMessage());
            }
        }
    }

    private Ward followAccounts(Ward ward) {
        List<String> remembered = new ArrayList<>(ward.suspendedAccountsOrEmpty());
        if (ward.status() == WardStatus.SUSPENDED) {
            for (Accounts.Account account : accounts.ofWard(ward.ward())) {
                if (account.enabled()) {
                    if (!remembered.contains(account.id())) {
                        remembered.add(account.id());
                        // Remember before disabling: a crash in between must not lose who to enable again.
                        ward = remember(ward, remembered);
                    }
                    accounts.setEnabled(account.id(), false);
                    accounts.signOut(account.id());
                }
            }
            return ward;
        }
        for (String id : List.copyOf(remembered)) {
            accounts.setEnabled(id, true);
            remembered.remove(id);
            ward = remember(ward, remembered);
        }
        return ward;
    }

    private vn.wardplan.platform.events.outbox.OutboxEvent audited(Actor by, Ward before, Ward after, String action, String reason) {
        return trail.record(after.ward(), after.city(), by, new AuditedChange(AuditKind.WARD_STATUS, after.ward(),
                "Phường/xã " + after.name(), action, before.state(), after.state(), reason));
    }

    private Ward remember(Ward ward, List<String> accountIds) {
        return mongo.save(scope(ward), ward.withStatus(ward.status(), ward.suspensionReason(), accountIds, ward.updatedAt(), null));
    }

    private Ward existing(String code) {
        return directory.find(code).orElseThrow(() -> WardplanProblem.notFound("ward.notFound", code));
    }

    private static WardScope scope(Ward ward) {
        return WardScope.trusted(ward.ward(), ward.city());
    }
}
