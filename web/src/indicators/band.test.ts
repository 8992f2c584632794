import { describe, expect, it } from 'vitest';
import { targetBand } from './band';
import type { TargetSpec } from './types';

const spec = (s: Partial<TargetSpec>): TargetSpec => ({
  kind: 'FLOOR', low: null, high: null, value: null, strict: null, year: null, text: null, ...s,
});

describe('the target band of a year', () => {
  it('compounds a growth range from the baseline', () => {
    const growth = spec({ kind: 'GROWTH_RANGE', low: 14, high: 15 });
    expect(targetBand(growth, { year: 2025, value: 100 }, 2026)).toEqual({ low: 114, high: 115 });
    expect(targetBand(growth, { year: 2025, value: 100 }, 2027)).toEqual({ low: 129.96, high: 132.25 });
    expect(targetBand(growth, null, 2026)).toBeNull();
  });

  it('is open above for a floor and a single point for a value to reach', () => {
    expect(targetBand(spec({ kind: 'FLOOR', value: 99.5 }), null, 2026)).toEqual({ low: 99.5, high: null });
    expect(targetBand(spec({ kind: 'VALUE_BY_YEAR', value: 76, year: 2030 }), null, 2030)).toEqual({ low: 76, high: 76 });
    expect(targetBand(spec({ kind: 'VALUE_BY_YEAR', value: 76, year: 2030 }), null, 2027)).toBeNull();
    expect(targetBand(spec({ kind: 'MAINTAIN' }), null, 2026)).toBeNull();
  });

  it('is open below for a ceiling', () => {
    expect(targetBand(spec({ kind: 'CEILING', value: 1, strict: true }), null, 2026)).toEqual({ low: null, high: 1 });
  });
});
