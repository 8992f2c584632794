/** The shapes reporting-service answers for reporting periods (GET /api/reports/wards/{ward}/periods…). */
export interface Tally {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  notYetDue: number;
}

export type Standing = 'DONE_ON_TIME' | 'DONE_LATE' | 'NOT_DONE_WITHIN_DEADLINE' | 'NOT_DONE_OVERDUE';

export interface Owed {
  unit: string;
  kind: 'TASK_REPORT' | 'INDICATOR_VALUE';
  itemId: string;
  /** The task's deliverable ('2026-6M', '2026', 'final'); null for an indicator value. */
  deliverableId: string | null;
  key: string | null;
  title: string;
  dueDate: string;
  status: string;
  doneOn: string | null;
  receivedVia: string | null;
  standing: Standing;
  link: string;
  value: number | null;
}

export interface UnitPeriod {
  code: string;
  name: string;
  tally: Tally;
  items: Owed[];
}

export interface PeriodReport {
  ward: string;
  wardName: string;
  period: string;
  label: string;
  start: string | null;
  cutOff: string | null;
  unitsDue: string | null;
  officeDue: string | null;
  asOf: string;
  deadlinePassed: boolean;
  total: Tally;
  units: UnitPeriod[];
}

export interface PeriodTally {
  period: string;
  label: string;
  unitsDue: string;
  total: Tally;
  units: { code: string; name: string; tally: Tally }[];
}

export interface YearPeriods {
  ward: string;
  year: number;
  current: string;
  periods: PeriodTally[];
}

export type PeriodKind = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

export interface PeriodRule {
  kind: PeriodKind;
  cutOffDay: number;
  unitsDeadlineWorkingDays: number;
  officeDeadlineWorkingDays: number;
}

export interface ScheduledPeriod {
  key: string;
  kind: PeriodKind;
  year: number;
  label: string;
  start: string;
  cutOff: string;
  unitsDue: string;
  officeDue: string;
}

/** The regime as task-service answers it (GET /api/reporting-regime). */
export interface Regime {
  ownRules: boolean;
  versions: { from: string; periods: PeriodRule[]; at: string; by: string }[];
  cityVersions: { from: string; periods: PeriodRule[] }[];
  defaults: PeriodRule[];
  periods: ScheduledPeriod[];
}
