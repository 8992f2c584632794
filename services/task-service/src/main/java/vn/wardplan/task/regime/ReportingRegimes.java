package vn.wardplan.task.regime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Owns the wards' reporting regimes (ADR 0019): the city's default, a ward's own adjustment, the schedule of periods
 * they give, and the event that tells the other services.
 */
@Service
public class ReportingRegimes {

    /** Years of periods an event carries before and after the current one. */
    static final int YEARS_BEFORE = 1;
    static final int YEARS_AFTER = 9;

    private final WardScopedMongo mongo;
    private final RegimeEvents events;
    private final AuditTrail trail;
    private final ApplicationEventPublisher applied;
    private final Clock clock;

    ReportingRegimes(WardScopedMongo mongo, RegimeEvents events, AuditTrail trail, ApplicationEventPublisher applied, Clock clock) {
        this.trail = trail;
        this.mongo = mongo;
        this.events = events;
        this.applied = applied;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
    }

    /** The ward's periods and deadlines, on its working calendar (the statutory one with the days the ward announced). */
    public RegimeSchedule schedule(WardScope ward) {
        return new RegimeSchedule(versions(ward), calendar(ward));
    }

    WorkingCalendar calendar(WardScope ward) {
        return new WorkingCalendar(mongo.find(ward, Criteria.where("withdrawn").is(false), AnnouncedDay.class).stream()
                .map(d -> new WorkingCalendar.Announcement(d.date(), d.dayOff(), d.name())).toList());
    }

    /** The ward announced or withdrew a day: its periods' dates are published again and its deliverables follow. */
    public void calendarChanged(WardScope ward) {
        Optional<ReportingRegime> regime = stored(ward);
        store(ward, regime.map(ReportingRegime::ownRules).orElse(false), versions(ward), null);
    }

    /** The versions in force for the ward: its own, else its city's, else none (Decree 09's defaults). */
    public List<RegimeVersion> versions(WardScope ward) {
        return stored(ward).map(ReportingRegime::versions).orElseGet(() -> cityVersions(ward.city()));
    }

    /** When the ward's regime was last stored; empty while it follows the defaults without a stored copy. */
    public Optional<java.time.Instant> updatedAt(WardScope ward) {
        return stored(ward).map(ReportingRegime::updatedAt);
    }

    public boolean ownRules(WardScope ward) {
        return stored(ward).map(ReportingRegime::ownRules).orElse(false);
    }

    public List<RegimeVersion> cityVersions(String city) {
        if (city == null) {
            return List.of();
        }
        return mongo.findOne(WardScope.trusted(CityRegime.scopeOf(city), city), Criteria.where("_id").is(CityRegime.scopeOf(city)),
                CityRegime.class).map(CityRegime::versions).orElse(List.of());
    }

    /** The ward office adjusts its own regime from a period on; the ward stops following the city's default. */
    public RegimeSchedule changeWard(WardScope ward, RegimeChange change, Actor by) {
        change.check(today());
        List<RegimeVersion> next = new ArrayList<>(versions(ward));
        next.add(new RegimeVersion(change.from(), List.copyOf(change.periods()), clock.instant(), by.username()));
        store(ward, true, next, by);
        return schedule(ward);
    }

    /** The city's default; every ward of the city that has not adjusted its own follows it. */
    public List<RegimeVersion> changeCity(String city, List<WardScope> wardsOfCity, RegimeChange change, Actor by) {
        change.check(today());
        WardScope scope = WardScope.trusted(CityRegime.scopeOf(city), city);
        Optional<CityRegime> existing = mongo.findOne(scope, Criteria.where("_id").is(scope.ward()), CityRegime.class);
        List<RegimeVersion> next = new ArrayList<>(existing.map(CityRegime::versions).orElse(List.of()));
        next.add(new RegimeVersion(change.from(), List.copyOf(change.periods()), clock.instant(), by.username()));
        mongo.save(scope, new CityRegime(scope.ward(), scope.ward(), city, List.copyOf(next), clock.instant(),
                existing.map(CityRegime::version).orElse(null)));
        follow(wardsOfCity, new Actor(by.username(), (by.name() == null ? by.username() : by.name()) + " (chế độ báo cáo của thành phố)"));
        return next;
    }

    /**
     * Gives every ward that follows its city the city's versions (idempotent: a ward already in step is left alone).
     * Run after a city change and on start, so a crash between the city's write and the wards' catches up.
     */
    public void followCity(List<WardScope> wards) {
        follow(wards, Actor.platform("theo chế độ báo cáo của thành phố"));
    }

    private void follow(List<WardScope> wards, Actor by) {
        for (WardScope ward : wards) {
            Optional<ReportingRegime> own = stored(ward);
            if (own.map(ReportingRegime::ownRules).orElse(false)) {
                continue;
            }
            List<RegimeVersion> city = cityVersions(ward.city());
            if (own.isEmpty() || !own.get().versions().equals(city)) {
                store(ward, false, city, by);
            }
        }
    }

    private void store(WardScope ward, boolean own, List<RegimeVersion> versions, Actor by) {
        Optional<ReportingRegime> existing = stored(ward);
        RegimeSchedule schedule = new RegimeSchedule(versions, calendar(ward));
        int year = today().getYear();
        int first = Math.min(year - YEARS_BEFORE, versions.stream().mapToInt(v -> v.fromPeriod().year()).min().orElse(year));
        var data = new RegimeEvents.RegimeChanged(ward.ward(), own, versions, first, year + YEARS_AFTER,
                schedule.periods(first, year + YEARS_AFTER));
        ReportingRegime regime = existing.orElseGet(() -> new ReportingRegime(ward.ward(), ward.ward(), ward.city(), own,
                List.of(), clock.instant(), null, List.of()));
        boolean changed = existing.map(r -> r.ownRules() != own || !r.versions().equals(versions)).orElse(true);
        var entry = by == null || !changed ? null : trail.record(ward.ward(), ward.city(), by, AuditedChange.of(AuditKind.REPORTING_SETTING, regime.id(),
                "Chế độ báo cáo của phường", own ? "regime.changed" : "regime.followedCity",
                existing.map(r -> new RegimeState(r.ownRules(), r.versions())).orElse(null), new RegimeState(own, versions)));
        mongo.save(ward, regime.with(own, versions, clock.instant(), events.changed(ward, data)).recorded(entry));
        applied.publishEvent(new RegimeApplied(ward));
    }

    private Optional<ReportingRegime> stored(WardScope ward) {
        return mongo.findOne(ward, Criteria.where("_id").is(ward.ward()), ReportingRegime.class);
    }

    /** What the audit trail shows of a ward's regime: whether it has rules of its own, and its versions. */
    record RegimeState(boolean ownRules, List<RegimeVersion> versions) {
    }
}
