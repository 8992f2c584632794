import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMeasure, formatNumber, formatPercent, parseNumber } from './format';

describe('numbers the Vietnamese way', () => {
  it('writes a decimal comma and dots between thousands', () => {
    expect(formatNumber(99.5, 'vi')).toBe('99,5');
    expect(formatNumber(1234567.891, 'vi')).toBe('1.234.567,89');
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
  });

  it('keeps the space before the percent sign and writes other units after the number', () => {
    expect(formatMeasure(99.5, '%', 'vi')).toBe('99,5 %');
    expect(formatMeasure(12500, 'triệu đồng', 'vi')).toBe('12.500 triệu đồng');
    expect(formatMeasure(null, '%', 'vi')).toBe('—');
    expect(formatPercent(0.162, 'vi', true)).toBe('16,2 %');
  });

  it('reads what a person typed either way, and refuses what is not a number', () => {
    expect(parseNumber('99,5', 'vi')).toBe(99.5);
    expect(parseNumber('1.234,5', 'vi')).toBe(1234.5);
    expect(parseNumber(' 112 ', 'vi')).toBe(112);
    expect(parseNumber('-3,25', 'vi')).toBe(-3.25);
    expect(parseNumber('12.5', 'en')).toBe(12.5);
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('12.5', 'vi')).toBeNull();
    expect(parseNumber('abc', 'vi')).toBeNull();
    expect(parseNumber('1,2,3', 'vi')).toBeNull();
    expect(parseNumber('', 'vi')).toBeNull();
  });
});

describe('dates', () => {
  it('writes dd/MM/yyyy with leading zeros', () => {
    expect(formatDate('2026-12-31', 'vi')).toBe('31/12/2026');
    expect(formatDate('2026-03-05T01:00:00Z', 'vi')).toBe('05/03/2026');
    expect(formatDate(null, 'vi')).toBe('—');
  });

  it('gives the time in Vietnam', () => {
    expect(formatDateTime('2026-12-31T01:05:00Z', 'vi')).toBe('08:05 31/12/2026');
  });
});
