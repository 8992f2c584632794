package vn.wardplan.notification.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.wardplan.notification.deadline.Deadlines;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.platform.calendar.DayOff;
import vn.wardplan.platform.calendar.VietnameseLunarCalendar;
import vn.wardplan.platform.calendar.PublicHolidays;
import vn.wardplan.platform.calendar.WorkingCalendar;

/**
 * The ward's working calendar for a year: the public holidays (lunar ones computed), compensatory days, and the
 * days the ward office entered as announced (an extra day off, a Saturday made a working day). Entering or removing
 * a day re-plans the reminders still to come.
 */
@RestController
class CalendarResource {

    /** A year's calendar as the API shows it. */
    record YearView(int year, LocalDate tet, List<DayOff> daysOff, List<WorkingCalendar.Announcement> workingWeekendDays) {
    }

    /** A day the ward enters: {@code dayOff} true for an extra day off, false for a weekend day made a working day. */
    record AnnouncementRequest(@NotNull Boolean dayOff, @NotBlank @Size(max = 200) String name) {
    }

    private final WardScopedMongo mongo;
    private final WorkingCalendars calendars;
    private final Deadlines deadlines;
    private final CalendarEvents events;
    private final Clock clock;
    private final AuditTrail trail;

    CalendarResource(WardScopedMongo mongo, WorkingCalendars calendars, Deadlines deadlines, CalendarEvents events, Clock clock,
            AuditTrail trail) {
        this.trail = trail;
        this.mongo = mongo;
        this.events = events;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @GetMapping("/api/notifications/calendar/{year}")
    YearView year(@PathVariable int year) {
        if (year < 2000 || year > 2100) {
            throw WardplanProblem.badRequest("calendar.yearOutOfRange", year);
        }
        WorkingCalendar calendar = calendars.of(WardAccess.ownWard(CurrentCaller.get()));
        return new YearView(year, VietnameseLunarCalendar.newYear(year), calendar.daysOff(year), calendar.workingWeekendDays(year));
    }

    @PutMapping("/api/notifications/calendar/days/{date}")
    @PreAuthorize("hasRole('ward-admin')")
    YearView announce(@PathVariable LocalDate date, @Valid @RequestBody AnnouncementRequest request) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        if (!request.dayOff() && !PublicHolidays.isWeekend(date) && WorkingCalendar.statutory().isWorkingDay(date)) {
            throw WardplanProblem.badRequest("calendar.alreadyWorkingDay", date);
        }
        String id = ward.ward() + ":" + date;
        java.util.Optional<CalendarAnnouncement> stored = mongo.findById(ward, id, CalendarAnnouncement.class);
        CalendarAnnouncement day = stored.orElseGet(() -> new CalendarAnnouncement(id,
                ward.ward(), ward.city(), date, request.dayOff(), request.name().strip(), clock.instant(), caller.username(), false, List.of()));
        // The day and its event in one write: task-service counts the units' deadlines on the same calendar.
        CalendarAnnouncement next = day.next(request.dayOff(), request.name().strip(), clock.instant(), caller.username(), false,
                events.announced(ward, date, request.dayOff(), request.name().strip()));
        mongo.save(ward, next.recorded(audited(caller, ward, stored.filter(d -> !d.withdrawn()).orElse(null), next,
                "calendar.announced")));
        deadlines.replan(ward);
        return year(date.getYear());
    }

    @DeleteMapping("/api/notifications/calendar/days/{date}")
    @PreAuthorize("hasRole('ward-admin')")
    ResponseEntity<Void> withdraw(@PathVariable LocalDate date) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        CalendarAnnouncement day = mongo.findById(ward, ward.ward() + ":" + date, CalendarAnnouncement.class)
                .filter(d -> !d.withdrawn()).orElseThrow(() -> WardplanProblem.notFound("calendar.dayNotFound", date));
        CalendarAnnouncement next = day.next(day.dayOff(), day.name(), clock.instant(), caller.username(), true,
                events.withdrawn(ward, date));
        mongo.save(ward, next.recorded(audited(caller, ward, day, next, "calendar.withdrawn")));
        deadlines.replan(ward);
        return ResponseEntity.noContent().build();
    }

    private OutboxEvent audited(Caller caller, WardScope ward, CalendarAnnouncement before, CalendarAnnouncement after, String action) {
        return trail.record(ward.ward(), ward.city(), caller.username(), caller.displayName(), AuditedChange.of(AuditKind.CALENDAR,
                after.id(), "Lịch làm việc: ngày " + after.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                action, before == null ? null : before.state(), after.withdrawn() ? null : after.state()));
    }
}
