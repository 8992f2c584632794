package vn.wardplan.ward.official;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.security.WardplanRole;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.ward.directory.Ward;
import vn.wardplan.ward.directory.WardDirectory;
import vn.wardplan.ward.directory.WardStatus;
import vn.wardplan.ward.events.WardEvents;
import vn.wardplan.ward.unit.WardUnits;

/**
 * A ward's officials, managed by its ward-admin (or a platform-admin): list, invite, move between units, change
 * ward roles, disable. Every account touched is first checked to belong to the ward in the path; an account of
 * another ward is "not found", so nothing of it leaks.
 */
@Service
class Officials {

    private static final Logger log = LoggerFactory.getLogger(Officials.class);

    /** An invited official and the temporary password set for them (shown once). */
    public record Invited(OfficialView official, String temporaryPassword, boolean setupMailSent) {
    }

    private final Accounts accounts;
    private final WardDirectory directory;
    private final WardUnits units;
    private final TemporaryPasswords passwords;

    private final WardScopedMongo mongo;
    private final WardEvents events;
    private final AuditTrail trail;
    private final Clock clock;

    Officials(Accounts accounts, WardDirectory directory, WardUnits units, TemporaryPasswords passwords, WardScopedMongo mongo,
            WardEvents events, AuditTrail trail, Clock clock) {
        this.mongo = mongo;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
        this.accounts = accounts;
        this.passwords = passwords;
        this.directory = directory;
        this.units = units;
    }

    public List<OfficialView> list(Caller caller, String ward) {
        managed(caller, ward);
        return accounts.ofWard(ward).stream().map(OfficialView::of)
                .sorted(Comparator.comparing(OfficialView::unit, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OfficialView::username))
                .toList();
    }

    public Invited invite(Caller caller, String wardCode, InviteRequest request) {
        Ward ward = managed(caller, wardCode);
        refuseWhenSuspended(ward);
        WardScope scope = WardScope.trusted(ward.ward(), ward.city());
        checkUnit(scope, request.unit());
        checkRoles(request.roles());
        // A ward names its accounts in its own namespace ("anduong.…"), so what an invitation answers is only ever
        // about this ward's own names: another ward's usernames cannot be probed.
        String prefix = usernamePrefix(ward.ward());
        if (!request.username().startsWith(prefix) || request.username().length() <= prefix.length()) {
            throw WardplanProblem.badRequest("official.usernamePrefix", prefix);
        }
        accounts.find(request.username()).ifPresent(existing -> {
            throw new WardplanProblem(HttpStatus.CONFLICT, "official.usernameTaken", request.username());
        });
        String password = passwords.next();
        Accounts.Account created;
        try {
            created = accounts.create(new Accounts.NewAccount(request.username(), request.email(), request.firstName().strip(),
                    request.lastName().strip(), ward.city(), ward.ward(), request.unit(), blankToNull(request.position()),
                    Set.copyOf(request.roles())), password);
        } catch (Accounts.UsernameTaken raced) {
            throw new WardplanProblem(HttpStatus.CONFLICT, "official.usernameTaken", request.username());
        }
        log.info("{} invited {} to unit {} of ward {} as {}", caller.username(), request.username(), request.unit(), wardCode,
                request.roles());
        recordChange(ward, caller, request.username(), "account.invited", null, OfficialView.of(created));
        boolean mailed = request.email() != null && accounts.sendPasswordSetup(created.id());
        return new Invited(OfficialView.of(created), password, mailed);
    }

    public OfficialView change(Caller caller, String wardCode, String username, ChangeRequest change) {
        Ward ward = managed(caller, wardCode);
        Accounts.Account account = accounts.find(username).filter(a -> wardCode.equals(a.ward()))
                .orElseThrow(() -> WardplanProblem.notFound("official.notFound", username));
        WardScope scope = WardScope.trusted(ward.ward(), ward.city());
        if (change.unit() != null || change.position() != null) {
            String unit = change.unit() != null ? change.unit() : account.unit();
            checkUnit(scope, unit);
            accounts.moveTo(account.id(), unit, change.position() != null ? blankToNull(change.position()) : account.position());
        }
        if (change.roles() != null) {
            checkRoles(change.roles());
            if (username.equals(caller.username()) && !change.roles().contains(WardplanRole.WARD_ADMIN.claimValue())) {
                throw WardplanProblem.badRequest("official.selfDemote");
            }
            accounts.setWardRoles(account.id(), Set.copyOf(change.roles()));
        }
        if (change.enabled() != null) {
            if (username.equals(caller.username()) && !change.enabled()) {
                throw WardplanProblem.badRequest("official.selfDisable");
            }
            if (change.enabled()) {
                refuseWhenSuspended(ward);
            }
            recordAccess(ward, username, !change.enabled());
            accounts.setEnabled(account.id(), change.enabled());
            if (!change.enabled()) {
                accounts.signOut(account.id());
            }
        }
        log.info("{} changed official {} of ward {}: {}", caller.username(), username, wardCode, change);
        OfficialView after = accounts.find(username).map(OfficialView::of).orElseThrow();
        OfficialView before = OfficialView.of(account);
        if (!before.equals(after)) {
            recordChange(ward, caller, username, "account.changed", before, after);
        }
        return after;
    }

    /**
     * Stores whether the official is disabled with its event, before Keycloak is changed: every service refuses a
     * disabled official's tokens within seconds of the event, not only once they expire.
     */
    private void recordAccess(Ward ward, String username, boolean disabled) {
        WardScope scope = WardScope.trusted(ward.ward(), ward.city());
        String id = OfficialAccess.idOf(ward.ward(), username);
        Optional<OfficialAccess> current = mongo.findOne(scope, Criteria.where("_id").is(id), OfficialAccess.class);
        if (current.map(OfficialAccess::disabled).orElse(false) == disabled) {
            return;
        }
        var event = events.officialAccess(ward.ward(), ward.city(), username, disabled);
        mongo.save(scope, current.map(c -> c.changed(disabled, clock.instant(), event))
                .orElseGet(() -> new OfficialAccess(id, ward.ward(), ward.city(), username, disabled, clock.instant(), null,
                        List.of(event))));
    }

    /**
     * The change's entry in the trail, in the official's access document, once Keycloak confirmed the change and before
     * the caller is answered (ADR 0023: the account lives in Keycloak, so this is the one write that is not atomic with it).
     */
    private void recordChange(Ward ward, Caller caller, String username, String action, OfficialView before, OfficialView after) {
        WardScope scope = WardScope.trusted(ward.ward(), ward.city());
        String id = OfficialAccess.idOf(ward.ward(), username);
        var entry = trail.record(ward.ward(), ward.city(), caller.username(), caller.displayName(), AuditedChange.of(
                AuditKind.ACCOUNT, id, "Tài khoản " + username, action, before, after));
        Optional<OfficialAccess> current = mongo.findOne(scope, Criteria.where("_id").is(id), OfficialAccess.class);
        mongo.save(scope, current.map(c -> c.recorded(entry)).orElseGet(() -> new OfficialAccess(id, ward.ward(), ward.city(),
                username, false, clock.instant(), null, List.of(entry))));
    }

    /** The beginning every username of the ward has: its code without hyphens and a dot ("an-duong" → "anduong."). */
    static String usernamePrefix(String ward) {
        return ward.replace("-", "") + ".";
    }

    /** The ward, if the caller manages its officials: its own ward-admin, or a platform-admin. */
    private Ward managed(Caller caller, String wardCode) {
        WardAccess.administered(caller, wardCode);
        return directory.find(wardCode).orElseThrow(() -> WardplanProblem.notFound("ward.notFound", wardCode));
    }

    private void checkUnit(WardScope ward, String unit) {
        if (unit == null || !units.exists(ward, unit)) {
            throw WardplanProblem.badRequest("official.unitUnknown", unit);
        }
    }

    private static void checkRoles(Set<String> roles) {
        for (String role : roles) {
            if (!WardRoles.GRANTABLE.contains(role)) {
                throw WardplanProblem.forbidden("official.roleNotAllowed", role);
            }
        }
    }

    private static void refuseWhenSuspended(Ward ward) {
        if (ward.status() == WardStatus.SUSPENDED) {
            throw new WardplanProblem(HttpStatus.CONFLICT, "ward.suspended", ward.ward());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
