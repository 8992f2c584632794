/** The reminder policy as the ward office edits it: every field kept as typed until the service accepts it. */
export interface PolicyDraft {
  beforeWorkingDays: string;
  onDueDay: boolean;
  overdueEveryWorkingDays: string;
  maxOverdueReminders: string;
  escalateAfterWorkingDays: string;
  sendTime: string;
  quietFrom: string;
  quietUntil: string;
}

export interface PolicyRequest {
  beforeWorkingDays: number[];
  onDueDay: boolean;
  overdueEveryWorkingDays: number;
  maxOverdueReminders: number;
  escalateAfterWorkingDays: number;
  sendTime: string;
  quietFrom: string | null;
  quietUntil: string | null;
}

const wholeNumber = (text: string, min: number, max: number): number | null => {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
};

/** Message keys of what is wrong by field, or the request to send when nothing is. */
export function validatePolicy(draft: PolicyDraft): { errors: Partial<Record<keyof PolicyDraft, string>>; request: PolicyRequest | null } {
  const errors: Partial<Record<keyof PolicyDraft, string>> = {};
  const before = draft.beforeWorkingDays.split(',').map((d) => wholeNumber(d, 1, 60));
  if (before.length === 0 || before.length > 10 || before.some((d) => d === null)) {
    errors.beforeWorkingDays = 'settings.daysInvalid';
  }
  const every = wholeNumber(draft.overdueEveryWorkingDays, 1, 30);
  if (every === null) errors.overdueEveryWorkingDays = 'settings.numberInvalid';
  const max = wholeNumber(draft.maxOverdueReminders, 0, 50);
  if (max === null) errors.maxOverdueReminders = 'settings.numberInvalid';
  const escalate = wholeNumber(draft.escalateAfterWorkingDays, 1, 60);
  if (escalate === null) errors.escalateAfterWorkingDays = 'settings.numberInvalid';
  if (Object.keys(errors).length > 0) {
    return { errors, request: null };
  }
  const quiet = draft.quietFrom && draft.quietUntil;
  return {
    errors,
    request: {
      beforeWorkingDays: [...new Set(before as number[])].sort((a, b) => b - a),
      onDueDay: draft.onDueDay,
      overdueEveryWorkingDays: every!,
      maxOverdueReminders: max!,
      escalateAfterWorkingDays: escalate!,
      sendTime: draft.sendTime || '08:00',
      quietFrom: quiet ? draft.quietFrom : null,
      quietUntil: quiet ? draft.quietUntil : null,
    },
  };
}
