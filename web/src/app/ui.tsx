import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/client';

/** Loads once per change of its key; answers the data, the failure and a reload. */
export function useLoad<T>(load: () => Promise<T>, key: string): { data?: T; error?: unknown; reload: () => void } {
  const [state, setState] = useState<{ data?: T; error?: unknown }>({});
  const [round, setRound] = useState(0);
  // Reloads when the key (what the load depends on) or the reload round changes.
  const run = useCallback(load, [key, round]);
  useEffect(() => {
    let current = true;
    run().then((data) => current && setState({ data }), (error) => current && setState({ error }));
    return () => {
      current = false;
    };
  }, [run]);
  return { ...state, reload: () => setRound((r) => r + 1) };
}

/** What went wrong, in words: the service's own problem title and detail where it gave them. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  let title = t('errors.title');
  let detail: string = t('errors.network');
  let fields: string[] = [];
  if (error instanceof ApiError) {
    const problem = error.problem;
    title = problem.title ?? title;
    detail = problem.detail
      ?? (error.status === 403 ? t('errors.forbidden') : error.status === 404 ? t('errors.notFound') : t('errors.server'));
    if (Array.isArray(problem.errors)) {
      fields = problem.errors.map((e) => e.message);
    }
  }
  return (
    <div role="alert" className="alert">
      <strong>{title}</strong>
      {detail && <p>{detail}</p>}
      {fields.length > 0 && <ul>{fields.map((f) => <li key={f}>{f}</li>)}</ul>}
    </div>
  );
}

/** The page's content once loaded; the loading line or the failure otherwise. */
export function Loaded<T>({ state, children }: { state: { data?: T; error?: unknown }; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (state.error) {
    return <ErrorMessage error={state.error} />;
  }
  if (state.data === undefined) {
    return <p aria-live="polite">{t('common.loading')}</p>;
  }
  return <>{children(state.data)}</>;
}

const statusClass: Record<string, string> = {
  ACHIEVED: 'green', ON_TRACK: 'green', AT_RISK: 'amber', OFF_TRACK: 'red', NO_DATA: 'grey',
};

/** A traffic light that also says its status in words, so colour is never the only signal. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${statusClass[status] ?? 'grey'}`} data-status={status}>
      <span aria-hidden="true" className="dot" />
      {t(`status.${status}`, { defaultValue: status })}
    </span>
  );
}

export function yearsOfPlan(): number[] {
  return [2026, 2027, 2028, 2029, 2030];
}

/** The plan year to show first: this year inside the plan's period, else its nearest end. */
export function defaultYear(today = new Date()): number {
  return Math.min(2030, Math.max(2026, today.getFullYear()));
}

export function YearSelect({ value, onChange, id = 'year' }: { value: number; onChange: (year: number) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <label className="inline" htmlFor={id}>
      {t('common.year')}{' '}
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {yearsOfPlan().map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
    </label>
  );
}

/** A screen's filters in the address (so a filtered list can be bookmarked): the values, and a setter that drops empty ones. */
export function useFilters(): [URLSearchParams, (name: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(name, value);
    } else {
      next.delete(name);
    }
    setParams(next, { replace: true });
  };
  return [params, set];
}

/** The distinct non-empty values of a list's field, sorted the Vietnamese way, for a filter's options. */
export function distinct<T>(items: T[], pick: (item: T) => string | null | undefined): string[] {
  // The same words typed twice with other spacing or case ("Chủ tịch UBND  phường") are one option.
  const seen = new Map<string, string>();
  items.map(pick).filter((v): v is string => !!v && v.trim() !== '').forEach((v) => {
    if (!seen.has(sameText(v))) {
      seen.set(sameText(v), v.replace(/\s+/g, ' ').trim());
    }
  });
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** A text as filters compare it: spacing and case set aside. */
export function sameText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** One filter of a list: "all" first, then the options as [value, label] pairs (or values that are their own label). */
export function FilterSelect({ label, value, options, onChange }:
  { label: string; value: string; options: (string | [string, string])[]; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <label>{label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('common.all')}</option>
        {options.map((o) => {
          const [v, text] = typeof o === 'string' ? [o, o] : o;
          return <option key={v} value={v}>{text}</option>;
        })}
      </select>
    </label>
  );
}
