import type { PeriodKind, PeriodRule } from './types';

/** The regime form as typed: which kinds are reported, one cut-off day, and the deadlines in working days. */
export interface RegimeDraft {
  from: string;
  kinds: Record<PeriodKind, boolean>;
  cutOffDay: string;
  unitsDays: string;
  officeDays: string;
}

export const KINDS: PeriodKind[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'];

/** The form filled from the rules in force (the last version, else the defaults). */
export function draftOf(rules: PeriodRule[], from: string): RegimeDraft {
  const year = rules.find((r) => r.kind === 'YEAR') ?? rules[0];
  return {
    from,
    kinds: Object.fromEntries(KINDS.map((k) => [k, k === 'YEAR' || rules.some((r) => r.kind === k)])) as Record<PeriodKind, boolean>,
    cutOffDay: String(year?.cutOffDay ?? 14),
    unitsDays: String(year?.unitsDeadlineWorkingDays ?? 2),
    officeDays: String(year?.officeDeadlineWorkingDays ?? 4),
  };
}

/**
 * Checks the form as task-service will (so the office reads the problem next to the field) and builds the request.
 * The annual report is always on: the ward's annual report is made from it.
 */
export function validateRegime(draft: RegimeDraft): { errors: Partial<Record<keyof RegimeDraft, string>>; request?: { from: string; periods: PeriodRule[] } } {
  const errors: Partial<Record<keyof RegimeDraft, string>> = {};
  if (!/^\d{4}(-(6M|Q[1-4]|M(0[1-9]|1[0-2])))?$/.test(draft.from.trim())) {
    errors.from = 'regime.fromInvalid';
  }
  const day = whole(draft.cutOffDay);
  if (day === null || day < 1 || day > 28) {
    errors.cutOffDay = 'regime.dayInvalid';
  }
  const units = whole(draft.unitsDays);
  if (units === null || units < 1 || units > 30) {
    errors.unitsDays = 'regime.daysInvalid';
  }
  const office = whole(draft.officeDays);
  if (office === null || office < 1 || office > 40) {
    errors.officeDays = 'regime.daysInvalid';
  } else if (units !== null && office <= units) {
    errors.officeDays = 'regime.officeAfter';
  }
  if (Object.keys(errors).length > 0) {
    return { errors };
  }
  const periods = KINDS.filter((k) => k === 'YEAR' || draft.kinds[k]).map((kind) => ({
    kind, cutOffDay: day!, unitsDeadlineWorkingDays: units!, officeDeadlineWorkingDays: office!,
  }));
  return { errors, request: { from: draft.from.trim(), periods } };
}

function whole(text: string): number | null {
  return /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : null;
}
