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
  unit: string | null;
  text: string;
  percent: number;
  attachments: string[];
}

export interface Deliverable {
  id: string;
  year: number;
  dueDate: string;
  status: 'PLANNED' | 'SUBMITTED' | 'ACCEPTED' | 'RETURNED' | 'OVERDUE';
  progress: Progress[];
  returnComment: string | null;
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
  status: 'PLANNED' | 'IN_PROGRESS' | 'OVERDUE' | 'DONE';
  deliverables: Deliverable[];
}
