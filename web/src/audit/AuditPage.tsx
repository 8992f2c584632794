import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import { Loaded, useLoad } from '../app/ui';
import { formatDate, formatDateTime, formatNumber, type Language } from '../format/format';
import { hasRole, useMe } from '../session/session';

/** GET /api/reports/wards/{ward}/audit, as reporting-service answers it. */
interface AuditPage {
  content: AuditEntry[];
  page: { size: number; number: number; totalElements: number; totalPages: number };
}

interface AuditEntry {
  id: string;
  at: string;
  service: string;
  kind: string;
  kindLabel: string;
  item: string;
  label: string | null;
  action: string;
  actionLabel: string;
  actor: string;
  actorName: string | null;
  reason: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

export const AUDIT_KINDS = ['PLAN', 'TARGET', 'MAPPING', 'VALUE', 'DELIVERABLE', 'DEADLINE', 'REPORTING_SETTING', 'VALUE_CHECK',
  'REMINDER_POLICY', 'CALENDAR', 'ACCOUNT', 'WARD_STATUS'] as const;

/**
 * A value of the trail as the office reads it: numbers and days the Vietnamese way, known codes in words, the rest as
 * the service wrote it.
 */
export function shownValue(value: string | null, language: Language, word: (code: string) => string | undefined): string | null {
  if (value === null) {
    return null;
  }
  if (/^-?\d+(\.\d+)?$/.test(value)) {
    return formatNumber(Number(value), language, 4);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatDate(value, language);
  }
  return word(value) ?? value;
}

/** The query of the trail's API from the screen's filters (empty ones left out), for the table and the workbook alike. */
export function auditQuery(filters: URLSearchParams, withPage: boolean): string {
  const query = new URLSearchParams();
  for (const name of ['user', 'item', 'kind', 'from', 'to']) {
    const value = filters.get(name);
    if (value) {
      query.set(name, value);
    }
  }
  if (withPage) {
    query.set('page', filters.get('page') ?? '0');
    query.set('size', '50');
  }
  return query.toString();
}

/**
 * The ward's audit trail for its office (a platform-admin picks the ward): who changed what, when, from which service,
 * before and after; filtered by official, item, kind and days, paged, and downloadable as a workbook. Read-only.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setParams] = useSearchParams();
  const ward = me.ward ?? filters.get('ward') ?? '';
  const [user, setUser] = useState(filters.get('user') ?? '');
  const [item, setItem] = useState(filters.get('item') ?? '');
  if (!hasRole(me, 'ward-admin', 'platform-admin')) {
    return <p>{t('audit.forbidden')}</p>;
  }
  // Every change of the filters in one update of the address, back to the first page (the page number alone keeps them).
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(filters);
    for (const [name, value] of Object.entries(changes)) {
      if (value) {
        next.set(name, value);
      } else {
        next.delete(name);
      }
    }
    if (!('page' in changes)) {
      next.delete('page');
    }
    setParams(next, { replace: true });
  };
  const setFilter = (name: string, value: string) => update({ [name]: value });
  const apply = () => update({ user: user.trim(), item: item.trim() });
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <form className="filters" id="audit-filters" onSubmit={(e) => { e.preventDefault(); apply(); }}>
        {!me.ward && (
          <label>{t('audit.ward')}
            <input id="audit-ward" value={filters.get('ward') ?? ''} onChange={(e) => setFilter('ward', e.target.value.trim())} />
          </label>
        )}
        <label>{t('audit.user')}<input id="audit-user" value={user} onChange={(e) => setUser(e.target.value)} /></label>
        <label>{t('audit.item')}<input id="audit-item" value={item} onChange={(e) => setItem(e.target.value)} /></label>
        <label>{t('audit.kind')}
          <select id="audit-kind" value={filters.get('kind') ?? ''} onChange={(e) => setFilter('kind', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {AUDIT_KINDS.map((k) => <option key={k} value={k}>{t(`audit.kinds.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('audit.from')}<input id="audit-from" type="date" value={filters.get('from') ?? ''}
          onChange={(e) => setFilter('from', e.target.value)} /></label>
        <label>{t('audit.to')}<input id="audit-to" type="date" value={filters.get('to') ?? ''}
          onChange={(e) => setFilter('to', e.target.value)} /></label>
        <div className="actions"><button type="submit" id="audit-apply">{t('audit.apply')}</button></div>
      </form>
      {ward ? <Trail ward={ward} filters={filters} setPage={(n) => update({ page: n === 0 ? '' : String(n) })} />
        : <p className="muted">{t('audit.chooseWard')}</p>}
    </>
  );
}

function Trail({ ward, filters, setPage }: { ward: string; filters: URLSearchParams; setPage: (page: number) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const query = auditQuery(filters, true);
  const path = `/api/reports/wards/${encodeURIComponent(ward)}/audit`;
  const state = useLoad(() => api<AuditPage>(`${path}?${query}`), `${ward}?${query}`);
  const sheet = auditQuery(filters, false);
  const fieldName = (field: string) => t(`audit.fields.${field}`, { defaultValue: field });
  const show = (value: string | null) => shownValue(value, language,
    (code) => i18n.exists(`audit.values.${code}`) ? t(`audit.values.${code}`) : undefined);
  return (
    <Loaded state={state}>{(p) => (
      <>
        <p id="audit-count">{t('audit.count', { count: p.page.totalElements })}
          {' · '}<a id="audit-export" href={`${path}.xlsx${sheet ? `?${sheet}` : ''}`} download>{t('audit.export')}</a></p>
        {p.content.length === 0 ? <p className="muted" id="audit-empty">{t('audit.none')}</p> : (
          <div className="table-wrap">
            <table id="audit" className="responsive">
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th><th scope="col">{t('audit.who')}</th><th scope="col">{t('audit.kind')}</th>
                  <th scope="col">{t('audit.item')}</th><th scope="col">{t('audit.action')}</th><th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {p.content.map((e) => (
                  <tr key={e.id} data-kind={e.kind} data-action={e.action}>
                    <td data-label={t('audit.at')}>{formatDateTime(e.at, language)}</td>
                    <td data-label={t('audit.who')}>{e.actorName ?? e.actor} <small className="muted">({e.actor} · {e.service})</small></td>
                    <td data-label={t('audit.kind')}>{t(`audit.kinds.${e.kind}`, { defaultValue: e.kindLabel })}</td>
                    <td data-label={t('audit.item')}>{e.label ?? e.item}</td>
                    <td data-label={t('audit.action')}>{language === 'vi' ? e.actionLabel : e.action}
                      {e.reason && <small className="reason">{t('audit.reason')}: {e.reason}</small>}</td>
                    <td data-label={t('audit.changes')}>
                      {e.changes.length === 0 ? <span className="muted">{t('audit.unchanged')}</span> : (
                        <ul className="changes">{e.changes.map((c) => (
                          <li key={c.field} data-field={c.field}>{c.field && <span className="field">{fieldName(c.field)}:</span>}{' '}
                            {show(c.before) ?? t('audit.nothing')} → {show(c.after) ?? t('audit.nothing')}</li>
                        ))}</ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {p.page.totalPages > 1 && (
          <nav className="pager" aria-label={t('audit.pages')}>
            <button type="button" disabled={p.page.number === 0} onClick={() => setPage(p.page.number - 1)}>{t('audit.previous')}</button>
            <span id="audit-page">{t('audit.page', { page: p.page.number + 1, of: p.page.totalPages })}</span>
            <button type="button" disabled={p.page.number + 1 >= p.page.totalPages} onClick={() => setPage(p.page.number + 1)}>
              {t('audit.next')}</button>
          </nav>
        )}
      </>
    )}</Loaded>
  );
}
