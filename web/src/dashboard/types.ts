/** GET /api/reports/wards/{ward}/dashboard, as reporting-service answers it. */
export interface WardDashboard {
  ward: string;
  wardName: string | null;
  year: number;
  asOf: string;
  indicators: IndicatorLine[];
  indicatorsByStatus: Record<string, number>;
  tasks: { total: number; byStatus: Record<string, number>; byUnit: Group[]; byField: Group[] };
  overdue: OverdueItem[];
  /** Requests for explanation still waiting ("chờ giải trình"), the earliest answer due first. */
  explanations?: ExplanationItem[];
}

export interface ExplanationItem {
  id: string;
  subjectKind: string;
  subjectTitle: string;
  link: string;
  unit: string;
  askedByName: string;
  askedAt: string;
  answerDue: string;
  status: 'OPEN' | 'ANSWERED';
  /** The answer's day has passed without one. */
  late: boolean;
}

export interface IndicatorLine {
  id: string;
  key: string;
  code: string | null;
  group: string | null;
  name: string;
  measureUnit: string | null;
  target: string | null;
  targetKind: string | null;
  value: number | null;
  valueState: string | null;
  status: string;
  reason: string | null;
  /** The reason in English, for English mode. */
  reasonEn?: string | null;
  achievedRate: number | null;
  neededRate: number | null;
  advisingUnit: string | null;
  trend?: TrendPoint[];
  band?: { low: number | null; high: number | null } | null;
  /** The period the value is: the year, or its 6-month estimate ('2026-6M') until the annual value comes. */
  valuePeriod?: string | null;
}

export interface TrendPoint {
  year: number;
  value: number | null;
}

export interface Group {
  code: string;
  name: string;
  total: number;
  byStatus: Record<string, number>;
}

export interface OverdueItem {
  taskId: string;
  key: string;
  title: string;
  deliverableId: string;
  dueDate: string;
  leadUnit: string;
}
