import { describe, expect, it } from 'vitest';
import { validateProgress } from './progressForm';

describe('a progress report', () => {
  it('needs a text and a percent from 0 to 100', () => {
    expect(validateProgress({ text: 'Đã hoàn thành khảo sát 12 TDP', percent: '40' })).toEqual({ errors: {}, percent: 40 });
    expect(validateProgress({ text: ' ', percent: '40' }).errors).toEqual({ text: 'tasks.progressRequired' });
    expect(validateProgress({ text: 'x', percent: '101' }).errors).toEqual({ percent: 'tasks.percentInvalid' });
    expect(validateProgress({ text: 'x', percent: 'bốn mươi' }).errors).toEqual({ percent: 'tasks.percentInvalid' });
    expect(validateProgress({ text: 'x'.repeat(4001), percent: '0' }).errors).toEqual({ text: 'indicators.tooLong' });
  });
});
