import { describe, expect, it } from 'vitest';
import { auditQuery } from './AuditPage';

describe('the trail query', () => {
  it('carries the filters set, leaves out the empty ones and pages only the table', () => {
    const filters = new URLSearchParams('user=lan&item=&kind=VALUE&from=2026-11-01&page=2&ward=an-duong');
    expect(auditQuery(filters, true)).toBe('user=lan&kind=VALUE&from=2026-11-01&page=2&size=50');
    expect(auditQuery(filters, false)).toBe('user=lan&kind=VALUE&from=2026-11-01');
    expect(auditQuery(new URLSearchParams(), false)).toBe('');
  });
});
