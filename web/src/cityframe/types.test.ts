import { describe, expect, it } from 'vitest';
import { confidencePercent, reviewOrder, type Mapping } from './types';

const mapping = (key: string, state: Mapping['state']): Mapping => ({
  indicatorId: `le-chan:45-KH-UBND:${key}`, planNumber: '45/KH-UBND', key, name: key, measureUnit: '%', state, frameCode: null,
  frameName: null, proposal: null, decidedBy: null, decidedAt: null, frameVersion: 1,
});

describe('the office reviews the frame mapping', () => {
  it('sees what waits for it first, then the platform\u2019s own, then its decisions, in plan order', () => {
    const sorted = [mapping('10', 'AUTO'), mapping('2', 'WARD_ONLY'), mapping('9', 'PROPOSED'), mapping('14', 'PROPOSED'),
      mapping('4', 'CONFIRMED')].sort(reviewOrder);
    expect(sorted.map((m) => m.key)).toEqual(['9', '14', '10', '4', '2']);
  });

  it('reads a confidence as a percentage', () => {
    expect(confidencePercent(0.874)).toBe('87 %');
    expect(confidencePercent(null)).toBe('—');
  });
});
