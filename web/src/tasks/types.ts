/** The shapes task-service answers (GET /api/tasks…). */
/** A unit as the plan names it: its code where the name was resolved, the text as written. */
export interface UnitRef {
  code: string | null;
  text: string;
  resolution: string | null;
}

export interface Progress {
  at: string;
  by: string;
  /** The official's name as their account gives it (older reports have none: the username stands in). */
  byName?: string | null;
  unit: string | null;
  text: string;
  percent: number;
  attachments: string[];
}

export interface Reschedule {
  at: string;
  by: string;
  from: string;
  to: string;
  reason: string;
}

export interface Deliverable {
  /** The reporting period ('2026-6M', '2026') or 'final' for a one-off. */
  id: string;
  year: number;
  /** How the ward names it: '6 tháng đầu năm 2026', 'Năm 2026', 'Sản phẩm'. */
  label: string;
  dueDate: string;
  status: 'PLANNED' | 'SUBMITTED' | 'ACCEPTED' | 'RETURNED' | 'OVERDUE';
  progress: Progress[];
  reschedules: Reschedule[];
  returnComment: string | null;
  submittedOn: string | null;
  receivedVia: 'PAPER' | 'EMAIL' | null;
}

/** Whether the task reports every period or once, why, and who decided (the import or the ward office). */
export interface Reporting {
  cadence: 'PERIODIC' | 'ONE_OFF';
  reason: string;
  decidedBy: 'IMPORT' | 'OFFICE';
}

export interface Task {
  id: string;
  key: string;
  field: string | null;
  title: string;
  period: string | null;
  leadUnit: UnitRef | null;
  coordinatingUnits: UnitRef[];
  output: string | null;
  directingLeader: string | null;
  reporting: Reporting | null;
  status: 'PLANNED' | 'IN_PROGRESS' | 'OVERDUE' | 'DONE';
  deliverables: Deliverable[];
}
