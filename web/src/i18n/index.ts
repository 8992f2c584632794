import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../format/format';
import { en } from './en';
import { vi } from './vi';

const STORAGE_KEY = 'wardplan.language';

/** Vietnamese first; English when the user chose it on this device. */
export function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: typeof localStorage === 'undefined' ? 'vi' : initialLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}
