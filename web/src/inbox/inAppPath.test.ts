import { describe, expect, it } from 'vitest';
import { inAppPath } from './InboxPage';

describe("a reminder's link inside the application", () => {
  it('is the path of an absolute link and a path stays a path', () => {
    expect(inAppPath('http://localhost:8080/tasks/an-duong%3A86-KH-UBND%3A2?year=2026')).toBe('/tasks/an-duong%3A86-KH-UBND%3A2?year=2026');
    expect(inAppPath('/indicators/an-duong%3A86-KH-UBND%3A1')).toBe('/indicators/an-duong%3A86-KH-UBND%3A1');
    expect(inAppPath('tasks/x')).toBe('/tasks/x');
  });
});
