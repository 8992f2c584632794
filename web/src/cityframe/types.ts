/** The city's indicator frame and a ward's mapping to it, as task-service answers them. */
export interface FrameIndicator {
  code: string;
  parentCode: string | null;
  position: number;
  group: string | null;
  name: string;
  measureUnit: string | null;
  direction: 'UP' | 'DOWN' | 'KEEP';
  targetKind: string | null;
  cityTarget: string | null;
}

export interface Frame {
  city: string;
  version: number;
  source: string;
  changedBy: string;
  changedAt: string;
  indicators: FrameIndicator[];
}

export interface FrameVersion {
  version: number;
  source: string;
  changedBy: string;
  changedAt: string;
  indicators: number;
}

export type MappingState = 'AUTO' | 'CONFIRMED' | 'PROPOSED' | 'WARD_ONLY';

export interface Mapping {
  indicatorId: string;
  planNumber: string;
  key: string;
  name: string;
  measureUnit: string | null;
  state: MappingState;
  frameCode: string | null;
  frameName: string | null;
  proposal: { frameCode: string | null; frameName: string | null; confidence: number | null; reason: string | null } | null;
  decidedBy: string | null;
  decidedAt: string | null;
  frameVersion: number | null;
}

/** "97 %": a proposal's confidence as officials read it. */
export function confidencePercent(confidence: number | null | undefined): string {
  return confidence === null || confidence === undefined ? '—' : `${Math.round(confidence * 100)} %`;
}

/** Waiting proposals first, then the platform's own, then what the office decided; in plan order within each. */
export function reviewOrder(a: Mapping, b: Mapping): number {
  const rank: Record<MappingState, number> = { PROPOSED: 0, AUTO: 1, CONFIRMED: 2, WARD_ONLY: 3 };
  return rank[a.state] - rank[b.state] || a.indicatorId.localeCompare(b.indicatorId, 'vi', { numeric: true });
}
