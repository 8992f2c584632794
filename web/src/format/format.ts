/**
 * Numbers and dates the way Vietnamese administrative documents write them (99,5 %; 1.234,5; 31/12/2026), and the
 * English way when the user switched language. Intl does the work; these helpers only fix the conventions.
 */
export type Language = 'vi' | 'en';

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(value: number | null | undefined, language: Language, maxFractionDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '—';
  }
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** A value in its unit: "99,5 %", "12.500 triệu đồng"; percentages keep the space before the sign, as the plan does. */
export function formatMeasure(value: number | null | undefined, measureUnit: string | null | undefined, language: Language): string {
  const number = formatNumber(value, language);
  if (number === '—' || !measureUnit) {
    return number;
  }
  return measureUnit.trim() === '%' ? `${number} %` : `${number} ${measureUnit}`;
}

/** A rate given as a fraction or as percent points, written as percent: 0.162 → "16,2 %" when {@code fraction}. */
export function formatPercent(value: number | null | undefined, language: Language, fraction = false): string {
  if (value === null || value === undefined) {
    return '—';
  }
  return `${formatNumber(fraction ? value * 100 : value, language, 1)} %`;
}

/** An ISO date (2026-12-31) or instant as dd/MM/yyyy, the form of every Vietnamese document. */
export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) {
    return '—';
  }
  const [year, month, day] = iso.slice(0, 10).split('-');
  if (!year || !month || !day) {
    return iso;
  }
  void language; // both languages write day/month/year in our documents
  return `${day}/${month}/${year}`;
}

/** An instant with its time in Vietnam: "08:05 31/12/2026". */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) {
    return '—';
  }
  const parts = new Intl.DateTimeFormat(locales[language], {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ${part('day')}/${part('month')}/${part('year')}`;
}

/**
 * What a person typed as a number, read the Vietnamese way (decimal comma, dots between thousands) or the English
 * way; null when it is not a number. "1.234,5" → 1234.5; "99,5" → 99.5; "12.5" in English → 12.5.
 */
export function parseNumber(text: string, language: Language): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') {
    return null;
  }
  const [thousands, decimal] = language === 'vi' ? ['.', ','] : [',', '.'];
  const pattern = language === 'vi' ? /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/ : /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
  if (!pattern.test(trimmed)) {
    return null;
  }
  const normalized = trimmed.split(thousands).join('').replace(decimal, '.');
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
