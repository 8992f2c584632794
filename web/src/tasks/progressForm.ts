/** A progress report as typed: the text and the percent complete (kept as typed until sent). */
export interface ProgressDraft {
  text: string;
  percent: string;
}

export const PROGRESS_MAX = 4000;

/** Message keys of what is wrong, by field; the percent as a number when valid. */
export function validateProgress(draft: ProgressDraft): { errors: Partial<Record<keyof ProgressDraft, string>>; percent: number | null } {
  const errors: Partial<Record<keyof ProgressDraft, string>> = {};
  if (draft.text.trim() === '') {
    errors.text = 'tasks.progressRequired';
  } else if (draft.text.length > PROGRESS_MAX) {
    errors.text = 'indicators.tooLong';
  }
  const percent = /^\d{1,3}$/.test(draft.percent.trim()) ? Number(draft.percent.trim()) : null;
  if (percent === null || percent > 100) {
    errors.percent = 'tasks.percentInvalid';
  }
  return { errors, percent: errors.percent ? null : percent };
}
