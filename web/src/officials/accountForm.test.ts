import { describe, expect, it } from 'vitest';
import { codeFromName, validateAccount, validWardCode } from './accountForm';

describe('a new account', () => {
  it('takes the username rules ward-service applies', () => {
    expect(validateAccount({ username: 'anduong.kinhte2', firstName: 'Bùi Văn', lastName: 'Nam', email: '' })).toEqual({});
    expect(validateAccount({ username: 'An Dương', firstName: '', lastName: ' ', email: 'not-mail' })).toEqual({
      username: 'officials.usernameInvalid', firstName: 'officials.required', lastName: 'officials.required',
      email: 'officials.emailInvalid',
    });
    expect(validateAccount({ username: 'ab', firstName: 'A', lastName: 'B', email: 'a@b.vn' }).username).toBe('officials.usernameInvalid');
  });
});

describe("a ward's code", () => {
  it('is suggested from the Vietnamese name without accents', () => {
    expect(codeFromName('Hồng Bàng')).toBe('hong-bang');
    expect(codeFromName('Đồ Sơn')).toBe('do-son');
    expect(codeFromName('  Phường Ngô Quyền ')).toBe('phuong-ngo-quyen');
    expect(validWardCode('hong-bang')).toBe(true);
    expect(validWardCode('Hồng Bàng')).toBe(false);
    expect(validWardCode('hong--bang')).toBe(false);
  });
});
