import type { TargetSpec } from './types';

/** The values a target allows in a year, for the chart; null ends mean "no bound". */
export interface Band {
  low: number | null;
  high: number | null;
}

/**
 * A growth range "14 - 15 %/năm" from a baseline of 100 in 2025 allows 114–115 in 2026 and 129,96–132,25 in 2027
 * (compound); a floor "Tối thiểu 99,5" allows 99,5 and above every year, a ceiling "Dưới 1" 1 and below; a value to reach by a year is a band only in
 * that year. Other kinds (decrease, maintain, achieve) have no band of values.
 */
export function targetBand(target: TargetSpec | null, baseline: { year: number; value: number } | null, year: number): Band | null {
  if (!target) {
    return null;
  }
  switch (target.kind) {
    case 'GROWTH_RANGE': {
      if (!baseline || target.low === null || target.high === null || year <= baseline.year) {
        return null;
      }
      const years = year - baseline.year;
      return {
        low: round(baseline.value * (1 + target.low / 100) ** years),
        high: round(baseline.value * (1 + target.high / 100) ** years),
      };
    }
    case 'FLOOR':
      return target.value === null ? null : { low: target.value, high: null };
    case 'CEILING':
      return target.value === null ? null : { low: null, high: target.value };
    case 'VALUE_BY_YEAR':
      return target.value !== null && target.year === year ? { low: target.value, high: target.value } : null;
    default:
      return null;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
