/** The shapes indicator-service answers (GET /api/indicators…). */
export interface TargetSpec {
  kind: 'GROWTH_RANGE' | 'FLOOR' | 'CEILING' | 'VALUE_BY_YEAR' | 'DECREASE_EVERY_YEAR' | 'MAINTAIN' | 'ACHIEVE';
  low: number | null;
  high: number | null;
  value: number | null;
  strict: boolean | null;
  year: number | null;
  text: string | null;
}

export interface Assessment {
  status: string;
  reason: string | null;
  /** The reason in English, for English mode. */
  reasonEn?: string | null;
  achievedRate: number | null;
  neededRate: number | null;
  trajectoryValue: number | null;
}

export interface Indicator {
  id: string;
  key: string;
  code: string | null;
  group: string | null;
  name: string;
  measureUnit: string | null;
  byEndText: string | null;
  yearlyText: string | null;
  target: TargetSpec | null;
  endTarget?: TargetSpec | null;
  targetNote: string | null;
  /** The targets of earlier years of the term, when the plan was adjusted (oldest first). */
  earlierTargets: { untilYear: number; target: TargetSpec | null; byEndText: string | null; yearlyText: string | null }[];
  adjustedFrom: number | null;
  directingLeader: string | null;
  advisingUnitCode: string | null;
  advisingUnitText: string | null;
  baseline: { year: number; value: number } | null;
  assessment: Assessment | null;
}

export interface Change {
  at: string;
  by: string;
  action: string;
  oldValue: number | null;
  newValue: number | null;
  comment: string | null;
  /** The official's name; older entries have only the username. */
  byName?: string | null;
}

export interface IndicatorValue {
  period: string;
  value: number;
  source: string | null;
  note: string | null;
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
  returnComment: string | null;
  /** The value checks the value trips (ValueChecks), and the unit's reason for sending it anyway. */
  checks?: TrippedCheck[];
  checkReason?: string | null;
  history: Change[];
}

export interface TrippedCheck {
  kind: string;
  message: string;
  messageEn: string;
}

/** A leader's or the ward office's comment (GET /api/indicators/{id}/comments). */
export interface IndicatorComment {
  id: string;
  year: number | null;
  by: string;
  displayName: string | null;
  text: string;
  at: string;
}
