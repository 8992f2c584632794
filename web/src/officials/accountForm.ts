/** What the office types for a new account (an official, or a new ward's first administrator). */
export interface AccountDraft {
  username: string;
  firstName: string;
  lastName: string;
  email: string;
}

export type AccountErrors = Partial<Record<keyof AccountDraft, string>>;

const USERNAME = /^[a-z0-9]+([._-][a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Message keys of what is wrong, by field, following the rules ward-service applies. */
export function validateAccount(draft: AccountDraft): AccountErrors {
  const errors: AccountErrors = {};
  const username = draft.username.trim();
  if (username.length < 3 || username.length > 64 || !USERNAME.test(username)) {
    errors.username = 'officials.usernameInvalid';
  }
  if (!draft.firstName.trim()) {
    errors.firstName = 'officials.required';
  }
  if (!draft.lastName.trim()) {
    errors.lastName = 'officials.required';
  }
  if (draft.email.trim() && !EMAIL.test(draft.email.trim())) {
    errors.email = 'officials.emailInvalid';
  }
  return errors;
}

/** A ward's code: lower-case words without accents joined by hyphens (hong-bang). */
export function validWardCode(code: string): boolean {
  return code.length >= 2 && code.length <= 64 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(code);
}

/** A suggestion for a ward's code from its Vietnamese name: "Hồng Bàng" → "hong-bang". */
export function codeFromName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
