import { parseNumber, type Language } from '../format/format';

/** What a unit officer types for a period's value; kept as typed so a failed save loses nothing. */
export interface ValueDraft {
  value: string;
  source: string;
  note: string;
}

export type ValueErrors = Partial<Record<keyof ValueDraft, string>>;

export const SOURCE_MAX = 500;
export const NOTE_MAX = 2000;
export const COMMENT_MAX = 2000;

/** The errors of a draft as message keys (with their parameters), or none; the number it holds when valid. */
export function validateValue(draft: ValueDraft, language: Language): { errors: ValueErrors; value: number | null } {
  const errors: ValueErrors = {};
  const value = parseNumber(draft.value, language);
  if (draft.value.trim() === '') {
    errors.value = 'indicators.valueRequired';
  } else if (value === null) {
    errors.value = 'indicators.valueInvalid';
  }
  if (draft.source.length > SOURCE_MAX) {
    errors.source = 'indicators.tooLong';
  }
  if (draft.note.length > NOTE_MAX) {
    errors.note = 'indicators.tooLong';
  }
  return { errors, value };
}

/** A text that must say something within the service's limit: the message key of what is wrong, or none. */
function requiredText(text: string, max: number, emptyKey: string): string | null {
  if (text.trim() === '') {
    return emptyKey;
  }
  return text.length > max ? 'indicators.tooLong' : null;
}

/** A return needs a reason the unit can act on. */
export function validateReturnComment(comment: string): string | null {
  return requiredText(comment, COMMENT_MAX, 'indicators.commentRequired');
}

const draftKey = (indicatorId: string, period: string) => `wardplan.draft.${indicatorId}.${period}`;

/** Keeps what was typed in this browser until it is saved, so a failed save or a closed tab loses nothing. */
export function rememberDraft(indicatorId: string, period: string, draft: ValueDraft): void {
  sessionStorage.setItem(draftKey(indicatorId, period), JSON.stringify(draft));
}

export function recallDraft(indicatorId: string, period: string): ValueDraft | null {
  const stored = sessionStorage.getItem(draftKey(indicatorId, period));
  return stored ? (JSON.parse(stored) as ValueDraft) : null;
}

export function forgetDraft(indicatorId: string, period: string): void {
  sessionStorage.removeItem(draftKey(indicatorId, period));
}

/** The longest comment indicator-service takes. */
export const LEADER_COMMENT_MAX = 4000;

/** A leader's comment must say something, within the service's limit. */
export function validateLeaderComment(text: string): string | null {
  return requiredText(text, LEADER_COMMENT_MAX, 'indicators.commentEmpty');
}
