import { describe, expect, it } from 'vitest';
import { validatePolicy, type PolicyDraft } from './policyForm';

const draft: PolicyDraft = {
  beforeWorkingDays: '7, 3, 1', onDueDay: true, overdueEveryWorkingDays: '2', maxOverdueReminders: '10',
  escalateAfterWorkingDays: '3', sendTime: '08:00', quietFrom: '21:00', quietUntil: '07:00',
};

describe('the reminder policy form', () => {
  it('turns what was typed into the request', () => {
    expect(validatePolicy({ ...draft, beforeWorkingDays: '1,7,3,3' }).request).toEqual({
      beforeWorkingDays: [7, 3, 1], onDueDay: true, overdueEveryWorkingDays: 2, maxOverdueReminders: 10,
      escalateAfterWorkingDays: 3, sendTime: '08:00', quietFrom: '21:00', quietUntil: '07:00',
    });
  });

  it('turns quiet hours off unless both ends are given', () => {
    expect(validatePolicy({ ...draft, quietUntil: '' }).request?.quietFrom).toBeNull();
  });

  it('names every field that is wrong and sends nothing', () => {
    const result = validatePolicy({ ...draft, beforeWorkingDays: '7, ba', overdueEveryWorkingDays: '0', maxOverdueReminders: 'x',
      escalateAfterWorkingDays: '61'});
    expect(result.request).toBeNull();
    expect(result.errors).toEqual({
      beforeWorkingDays: 'settings.daysInvalid', overdueEveryWorkingDays: 'settings.numberInvalid',
      maxOverdueReminders: 'settings.numberInvalid', escalateAfterWorkingDays: 'settings.numberInvalid'
    });
  });
});
