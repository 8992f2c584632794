import { describe, expect, it } from 'vitest';
import { auditQuery, shownValue } from './AuditPage';

describe('the trail query', () => {
  it('carries the filters set, leaves out the empty ones and pages only the table', () => {
    const filters = new URLSearchParams('user=lan&item=&kind=VALUE&from=2026-11-01&page=2&ward=an-duong');
    expect(auditQuery(filters, true)).toBe('user=lan&kind=VALUE&from=2026-11-01&page=2&size=50');
    expect(auditQuery(filters, false)).toBe('user=lan&kind=VALUE&from=2026-11-01');
    expect(auditQuery(new URLSearchParams(), false)).toBe('');
  });
});

describe('a value of the trail', () => {
  const word = (code: string) => ({ APPROVED: 'Đã duyệt' } as Record<string, string>)[code];
  it('writes numbers and days the Vietnamese way and known codes in words', () => {
    expect(shownValue('99.2', 'vi', word)).toBe('99,2');
    expect(shownValue('2026-12-22', 'vi', word)).toBe('22/12/2026');
    expect(shownValue('APPROVED', 'vi', word)).toBe('Đã duyệt');
    expect(shownValue('Chi cục Thống kê', 'vi', word)).toBe('Chi cục Thống kê');
    expect(shownValue(null, 'vi', word)).toBeNull();
  });
});
