package vn.wardplan.ward.onboarding;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.security.WardplanRole;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.ward.directory.Cities;
import vn.wardplan.ward.directory.City;
import vn.wardplan.ward.directory.Ward;
import vn.wardplan.ward.directory.Ward.WardUnitSpec;
import vn.wardplan.ward.directory.WardDirectory;
import vn.wardplan.ward.directory.WardStatus;
import vn.wardplan.ward.directory.WardType;
import vn.wardplan.ward.events.WardEvents;
import vn.wardplan.ward.official.Accounts;
import vn.wardplan.ward.official.Accounts.Account;
import vn.wardplan.ward.official.TemporaryPasswords;
import vn.wardplan.ward.unit.StandardUnits;
import vn.wardplan.ward.unit.WardUnits;

/**
 * Onboards a ward in three steps, each safe to repeat: (1) the ward is stored as ONBOARDING with its units;
 * (2) its first ward-admin account is created in Keycloak (or found, if an earlier attempt created it); (3) the
 * ward turns ACTIVE and its {@code ward.onboarded} event is stored in the same write, for the outbox relay. A
 * crash or a Keycloak failure between the steps leaves the ward ONBOARDING, and the same request finishes it.
 */
@Service
class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);
    static final String ADMIN_UNIT = "van-phong";

    /** What onboarding did: the ward, whether this call changed anything, and a temporary password if it set one. */
    public record Outcome(Ward ward, boolean changed, String temporaryPassword, boolean setupMailSent) {
    }

    private final WardScopedMongo mongo;
    private final WardDirectory directory;
    private final Cities cities;
    private final StandardUnits standardUnits;
    private final WardUnits wardUnits;
    private final Accounts accounts;
    private final WardEvents events;
    private final Clock clock;
    private final TemporaryPasswords passwords;
    private final AuditTrail trail;

    Onboarding(WardScopedMongo mongo, WardDirectory directory, Cities cities, StandardUnits standardUnits, WardUnits wardUnits,
            Accounts accounts, WardEvents events, TemporaryPasswords passwords, AuditTrail trail, Clock clock) {
        this.mongo = mongo;
        this.trail = trail;
        this.passwords = passwords;
        this.directory = directory;
        this.cities = cities;
        this.standardUnits = standardUnits;
        this.wardUnits = wardUnits;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public Outcome onboard(OnboardingRequest request, Actor by) {
        City city = cities.find(request.city()).orElseThrow(() -> WardplanProblem.badRequest("ward.cityUnknown", request.city()));
        if (request.code().equals("cities")) {
            throw WardplanProblem.badRequest("ward.codeReserved", request.code());
        }
        WardType type = WardType.fromCode(request.type()).orElseThrow();
        List<WardUnitSpec> units = standardUnits.forWard(type, request.unitsOrEmpty().stream()
                .map(u -> new WardUnitSpec(u.code(), u.name().strip(), u.aliases() == null ? List.of() : u.aliases())).toList());
        WardScope scope = WardScope.trusted(request.code(), city.code());

        Ward ward = directory.find(request.code()).orElse(null);
        if (ward != null && !sameWard(ward, request, units)) {
            throw new WardplanProblem(HttpStatus.CONFLICT, "ward.exists", request.code());
        }
        if (ward != null && ward.status() != WardStatus.ONBOARDING) {
            return new Outcome(ward, false, null, false);
        }
        if (ward == null) {
            ward = Ward.onboarding(request.code(), city.code(), request.name().strip(), type.code(),
                    request.admin().username(), units, clock.instant());
            // Without a version yet, save inserts; a concurrent onboarding of the same code loses with 409.
            ward = mongo.save(scope, ward);
            log.info("Ward {} ({}) of {} is onboarding", ward.ward(), ward.name(), city.code());
        }
        for (WardUnitSpec unit : units) {
            wardUnits.record(scope, unit.code(), unit.name(), ward.createdAt());
        }

        AdminAccount admin = firstAdmin(ward, request.admin());
        Ward activated = ward.withStatus(WardStatus.ACTIVE, null, List.of(), clock.instant(), events.onboarded(ward, city.name()));
        Ward active = mongo.save(scope, activated.recorded(trail.record(ward.ward(), ward.city(), by, AuditedChange.of(
                AuditKind.WARD_STATUS, ward.ward(), "Phường/xã " + ward.name(), "ward.onboarded", null, activated.state()))));
        log.info("Ward {} is active; its ward-admin is {}", active.ward(), active.adminUsername());
        return new Outcome(active, true, admin.temporaryPassword(), admin.setupMailSent());
    }

    private record AdminAccount(String temporaryPassword, boolean setupMailSent) {
    }

    private AdminAccount firstAdmin(Ward ward, OnboardingRequest.Admin admin) {
        Optional<Account> existing = accounts.find(admin.username());
        if (existing.isPresent()) {
            Account account = existing.get();
            if (!ward.ward().equals(account.ward())) {
                throw new WardplanProblem(HttpStatus.CONFLICT, "official.usernameTaken", admin.username());
            }
            if (!account.awaitingFirstSignIn()) {
                // An account the ward already uses (e.g. a ward that existed before the directory): left as it is.
                return new AdminAccount(null, false);
            }
            // Created by an attempt whose answer was lost: its password never reached anyone, so issue a new one.
            String password = passwords.next();
            accounts.setTemporaryPassword(account.id(), password);
            return new AdminAccount(password, admin.email() != null && accounts.sendPasswordSetup(account.id()));
        }
        String password = passwords.next();
        try {
            Account created = accounts.create(new Accounts.NewAccount(admin.username(), admin.email(), admin.firstName().strip(),
                    admin.lastName().strip(), ward.city(), ward.ward(), ADMIN_UNIT, null,
                    Set.of(WardplanRole.WARD_ADMIN.claimValue())), password);
            return new AdminAccount(password, admin.email() != null && accounts.sendPasswordSetup(created.id()));
        } catch (Accounts.UsernameTaken raced) {
            throw new WardplanProblem(HttpStatus.CONFLICT, "official.usernameTaken", admin.username());
        }
    }

    private static boolean sameWard(Ward ward, OnboardingRequest request, List<WardUnitSpec> units) {
        return ward.city().equals(request.city()) && ward.name().equals(request.name().strip())
                && ward.type().equals(request.type()) && ward.adminUsername().equals(request.admin().username())
                && ward.units().equals(units);
    }

}
