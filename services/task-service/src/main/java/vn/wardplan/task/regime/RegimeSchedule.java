package vn.wardplan.task.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.wardplan.platform.calendar.WorkingCalendar;

/**
 * A ward's reporting periods with their deadlines, from the regime's versions and the working calendar. The rules of
 * a period are those of the latest version that starts at or before it and was recorded before the period's data
 * cut-off: a change never rewrites a period already closed. Pure Java.
 */
public final class RegimeSchedule {


    /** What a ward reports when neither it nor its city set anything: Decree 09's 6-month and annual reports. */
    public static final List<PeriodRule> DEFAULT_RULES = List.of(PeriodRule.decree09(PeriodKind.HALF_YEAR),
            PeriodRule.decree09(PeriodKind.YEAR));

    private final List<RegimeVersion> versions;
    private final WorkingCalendar calendar;

    public RegimeSchedule(List<RegimeVersion> versions, WorkingCalendar calendar) {
        this.versions = versions.stream().sorted(Comparator.comparing((RegimeVersion v) -> v.fromPeriod().start(14))
                .thenComparing(RegimeVersion::at)).toList();
        this.calendar = calendar;
    }

    /** Every period of the year the regime reports, in cut-off order. */
    public List<ScheduledPeriod> periods(int year) {
        List<ScheduledPeriod> scheduled = new ArrayList<>();
        for (PeriodKind kind : PeriodKind.values()) {
            for (ReportingPeriod period : ReportingPeriod.of(kind, year)) {
                schedule(period).ifPresent(scheduled::add);
            }
        }
        scheduled.sort(Comparator.comparing(ScheduledPeriod::cutOff).thenComparing(p -> p.kind().ordinal()));
        return scheduled;
    }

    /** Every period of the years, in order. */
    public List<ScheduledPeriod> periods(int firstYear, int lastYear) {
        List<ScheduledPeriod> all = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            all.addAll(periods(year));
        }
        return all;
    }

    /** The period as the regime schedules it, or empty when the regime does not report that kind then. */
    public Optional<ScheduledPeriod> schedule(ReportingPeriod period) {
        return rule(period).map(rule -> {
            LocalDate cutOff = period.cutOff(rule.cutOffDay());
            return new ScheduledPeriod(period.key(), period.kind(), period.year(), period.label(), period.start(rule.cutOffDay()),
                    cutOff, calendar.plusWorkingDays(cutOff, rule.unitsDeadlineWorkingDays()),
                    calendar.plusWorkingDays(cutOff, rule.officeDeadlineWorkingDays()));
        });
    }

    /** The annual period of the year; every regime reports it. */
    public ScheduledPeriod annual(int year) {
        return schedule(ReportingPeriod.annual(year)).orElseThrow();
    }

    private Optional<PeriodRule> rule(ReportingPeriod period) {
        List<PeriodRule> rules = DEFAULT_RULES;
        for (RegimeVersion version : versions) {
            LocalDate recorded = version.at().atZone(WorkingCalendar.VIETNAM).toLocalDate();
            int day = version.periods().getFirst().cutOffDay();
            LocalDate cutOff = period.cutOff(day);
            boolean startsBefore = !version.fromPeriod().start(day).isAfter(cutOff);
            if (startsBefore && !recorded.isAfter(cutOff)) {
                rules = version.periods();
            }
        }
        return rules.stream().filter(r -> r.kind() == period.kind()).findFirst();
    }
}
