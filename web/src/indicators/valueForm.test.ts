import { beforeEach, describe, expect, it } from 'vitest';
import { forgetDraft, recallDraft, rememberDraft, validateReturnComment, validateValue } from './valueForm';

describe('the value form', () => {
  it('accepts a Vietnamese number and gives it as a number', () => {
    expect(validateValue({ value: '1.234,5', source: 'Chi cục Thống kê', note: '' }, 'vi')).toEqual({ errors: {}, value: 1234.5 });
  });

  it('asks for a value when none was typed', () => {
    expect(validateValue({ value: '  ', source: '', note: '' }, 'vi').errors).toEqual({ value: 'indicators.valueRequired' });
  });

  it('refuses text that is not a number, and an English decimal point in Vietnamese', () => {
    expect(validateValue({ value: 'khoảng 12', source: '', note: '' }, 'vi').errors.value).toBe('indicators.valueInvalid');
    expect(validateValue({ value: '12.5', source: '', note: '' }, 'vi').errors.value).toBe('indicators.valueInvalid');
    expect(validateValue({ value: '12.5', source: '', note: '' }, 'en').errors).toEqual({});
  });

  it('limits the source and the note to what the service stores', () => {
    const errors = validateValue({ value: '1', source: 'x'.repeat(501), note: 'y'.repeat(2001) }, 'vi').errors;
    expect(errors).toEqual({ source: 'indicators.tooLong', note: 'indicators.tooLong' });
  });
});

describe('returning a value', () => {
  it('needs a reason', () => {
    expect(validateReturnComment('')).toBe('indicators.commentRequired');
    expect(validateReturnComment('Số liệu chưa khớp với Chi cục Thống kê')).toBeNull();
    expect(validateReturnComment('x'.repeat(2001))).toBe('indicators.tooLong');
  });
});

describe('drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('are kept until the save succeeds', () => {
    rememberDraft('an-duong:86-KH-UBND:1', '2026', { value: '112', source: 'Chi cục', note: '' });
    expect(recallDraft('an-duong:86-KH-UBND:1', '2026')?.value).toBe('112');
    expect(recallDraft('an-duong:86-KH-UBND:1', '2027')).toBeNull();
    forgetDraft('an-duong:86-KH-UBND:1', '2026');
    expect(recallDraft('an-duong:86-KH-UBND:1', '2026')).toBeNull();
  });
});
