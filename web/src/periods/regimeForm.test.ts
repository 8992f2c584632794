import { describe, expect, it } from 'vitest';
import { draftOf, validateRegime } from './regimeForm';

describe('the reporting regime form', () => {
  const decree09 = [
    { kind: 'HALF_YEAR' as const, cutOffDay: 14, unitsDeadlineWorkingDays: 2, officeDeadlineWorkingDays: 4 },
    { kind: 'YEAR' as const, cutOffDay: 14, unitsDeadlineWorkingDays: 2, officeDeadlineWorkingDays: 4 },
  ];

  it('starts from the rules in force and sends every kind switched on, the year always', () => {
    const draft = draftOf(decree09, '2027');
    expect(draft.kinds).toEqual({ MONTH: false, QUARTER: false, HALF_YEAR: true, YEAR: true });
    const { errors, request } = validateRegime({ ...draft, kinds: { ...draft.kinds, QUARTER: true, YEAR: false } });
    expect(errors).toEqual({});
    expect(request?.periods.map((p) => p.kind)).toEqual(['QUARTER', 'HALF_YEAR', 'YEAR']);
    expect(request?.periods[0]).toEqual({ kind: 'QUARTER', cutOffDay: 14, unitsDeadlineWorkingDays: 2, officeDeadlineWorkingDays: 4 });
  });

  it('names the field that is wrong', () => {
    const draft = draftOf(decree09, '2027');
    expect(validateRegime({ ...draft, from: '2027-H1' }).errors.from).toBe('regime.fromInvalid');
    expect(validateRegime({ ...draft, cutOffDay: '31' }).errors.cutOffDay).toBe('regime.dayInvalid');
    expect(validateRegime({ ...draft, unitsDays: '0' }).errors.unitsDays).toBe('regime.daysInvalid');
    expect(validateRegime({ ...draft, unitsDays: '4', officeDays: '4' }).errors.officeDays).toBe('regime.officeAfter');
    expect(validateRegime({ ...draft, officeDays: 'bốn' }).request).toBeUndefined();
  });
});
