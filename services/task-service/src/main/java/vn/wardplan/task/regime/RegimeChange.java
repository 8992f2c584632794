package vn.wardplan.task.regime;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.wardplan.platform.web.problem.WardplanProblem;

/** A requested change of regime, checked before anything is stored: nonsense is a 400 and changes nothing. */
record RegimeChange(String from, List<PeriodRule> periods) {

    /** The checks; {@code today} decides which periods have closed. */
    public ReportingPeriod check(LocalDate today) {
        ReportingPeriod start = ReportingPeriod.parse(from).orElseThrow(() -> WardplanProblem.badRequest("regime.from", String.valueOf(from)));
        if (periods == null || periods.isEmpty()) {
            throw WardplanProblem.badRequest("regime.noPeriods");
        }
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        for (PeriodRule rule : periods) {
            if (rule == null || rule.kind() == null) {
                throw WardplanProblem.badRequest("regime.kindUnknown");
            }
            if (!kinds.add(rule.kind())) {
                throw WardplanProblem.badRequest("regime.kindTwice", rule.kind().name());
            }
            if (rule.cutOffDay() < 1 || rule.cutOffDay() > 28) {
                throw WardplanProblem.badRequest("regime.cutOffDay", rule.kind().name(), rule.cutOffDay());
            }
            if (rule.unitsDeadlineWorkingDays() < 1 || rule.unitsDeadlineWorkingDays() > 30) {
                throw WardplanProblem.badRequest("regime.unitsDeadline", rule.kind().name(), rule.unitsDeadlineWorkingDays());
            }
            if (rule.officeDeadlineWorkingDays() <= rule.unitsDeadlineWorkingDays() || rule.officeDeadlineWorkingDays() > 40) {
                throw WardplanProblem.badRequest("regime.officeDeadline", rule.kind().name(), rule.officeDeadlineWorkingDays(),
                        rule.unitsDeadlineWorkingDays());
            }
            if (rule.cutOffDay() != periods.getFirst().cutOffDay()) {
                // Windows with different cut-offs would overlap or leave days no report counts.
                throw WardplanProblem.badRequest("regime.cutOffMismatch", periods.getFirst().cutOffDay(), rule.cutOffDay());
            }
        }
        if (!kinds.contains(PeriodKind.YEAR)) {
            throw WardplanProblem.badRequest("regime.annualMissing");
        }
        if (start.cutOff(periods.getFirst().cutOffDay()).isBefore(today)) {
            throw WardplanProblem.badRequest("regime.periodClosed", from);
        }
        return start;
    }
}
