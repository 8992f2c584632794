import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import { ErrorMessage, Loaded, useLoad } from '../app/ui';
import { formatDate, formatNumber, type Language } from '../format/format';
import { hasRole, useMe } from '../session/session';
import { Counts } from './TimelinessTable';
import type { Owed, PeriodReport, YearPeriods } from './types';

/**
 * The office's period screen: for a reporting period, every unit with what it owes (task reports, indicator values),
 * its status and due day, the late ones first. The office reminds the late units in one action, records a report that
 * came on paper or by e-mail on the day it arrived, and downloads the period's consolidated draft once the units'
 * deadline has passed. Leaders and officers read the same screen.
 */
export function PeriodPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const me = useMe();
  const ward = me.ward ?? '';
  const { period = 'current' } = useParams();
  const navigate = useNavigate();
  const state = useLoad(() => api<PeriodReport>(`/api/reports/wards/${encodeURIComponent(ward)}/periods/${encodeURIComponent(period)}`), `${ward}-${period}`);
  const year = Number((state.data?.period ?? '').slice(0, 4)) || new Date().getFullYear();
  const periods = useLoad(() => api<YearPeriods>(`/api/reports/wards/${encodeURIComponent(ward)}/periods?year=${year}`), `${ward}-${year}`);
  const office = hasRole(me, 'ward-admin');
  const [reminded, setReminded] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const remindLate = async (key: string) => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await api<{ lateUnits: number; reminded: number }>(`/api/notifications/periods/${encodeURIComponent(key)}/late-reminders`,
        { method: 'POST' });
      setReminded(answer.lateUnits === 0 ? t('periods.noneLate')
        : t('periods.reminded', { count: answer.reminded, already: answer.lateUnits - answer.reminded }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="page-head">
        <h1>{t('periods.title')}{state.data ? `: ${state.data.label}` : ''}</h1>
        {periods.data && periods.data.periods.length > 0 && (
          <label className="inline" htmlFor="period">{t('periods.period')}{' '}
            <select id="period" value={state.data?.period ?? ''} onChange={(e) => navigate(`/periods/${e.target.value}`)}>
              {periods.data.periods.map((p) => <option key={p.period} value={p.period}>{p.label}</option>)}
            </select>
          </label>
        )}
      </div>
      <p className="muted">{t('periods.intro')}</p>
      <Loaded state={state}>{(p) => (
        <>
          <dl className="facts">
            {p.start && p.cutOff && <><dt>{t('periods.period')}</dt><dd>{t('periods.window', { start: formatDate(p.start, language), cutOff: formatDate(p.cutOff, language) })}</dd></>}
            <dt>{t('periods.unitsDue')}</dt><dd data-units-due>{formatDate(p.unitsDue, language)}</dd>
            <dt>{t('periods.officeDue')}</dt><dd>{formatDate(p.officeDue, language)}</dd>
          </dl>
          <div className="table-wrap">
            <table id="period-total"><thead><tr>
              <th scope="col">{t('periods.expected')}</th><th scope="col">{t('periods.onTime')}</th><th scope="col">{t('periods.late')}</th>
              <th scope="col">{t('periods.notYetDue')}</th><th scope="col">{t('periods.missing')}</th>
            </tr></thead><tbody><tr><Counts tally={p.total} /></tr></tbody></table>
          </div>
          <div className="actions">
            {office && <button type="button" className="primary" id="remind-late" disabled={busy} onClick={() => void remindLate(p.period)}>{t('periods.remindLate')}</button>}
            {p.deadlinePassed
              ? <a className="button" id="period-draft" href={`/api/reports/wards/${encodeURIComponent(ward)}/periods/${encodeURIComponent(p.period)}/draft`}>{t('periods.draft')}</a>
              : p.unitsDue && <span className="muted">{t('periods.draftLater', { date: formatDate(p.unitsDue, language) })}</span>}
          </div>
          {reminded && <p role="status" id="reminded">{reminded}</p>}
          {failure ? <ErrorMessage error={failure} /> : null}
          {p.units.map((u) => (
            <section key={u.code} className="period-unit" data-unit={u.code} aria-labelledby={`unit-${u.code}`}>
              <h2 id={`unit-${u.code}`}>{u.name} <small className="muted">
                {t('periods.onTime')} {u.tally.onTime} · {t('periods.late')} {u.tally.late} · {t('periods.missing')} {u.tally.missing}</small></h2>
              <ul className="owed">
                {u.items.map((o) => <OwedItem key={`${o.kind}-${o.itemId}-${o.deliverableId}`} owed={o} office={office} onChanged={state.reload} />)}
              </ul>
            </section>
          ))}
        </>
      )}</Loaded>
    </>
  );
}

function OwedItem({ owed, office, onChanged }: { owed: Owed; office: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ receivedOn: '', via: 'PAPER', text: '' });
  const [errors, setErrors] = useState<{ receivedOn?: string; text?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const late = owed.standing === 'NOT_DONE_OVERDUE';
  const canRecord = office && owed.kind === 'TASK_REPORT' && owed.doneOn === null;
  const id = `receipt-${owed.itemId.replace(/[^A-Za-z0-9]/g, '-')}`;

  const record = async () => {
    const problems = { receivedOn: draft.receivedOn ? undefined : 'periods.dateRequired', text: draft.text.trim() ? undefined : 'periods.textRequired' };
    setErrors(problems);
    if (problems.receivedOn || problems.text) {
      return;
    }
    setFailure(null);
    try {
      await api(`/api/tasks/${encodeURIComponent(owed.itemId)}/deliverables/${encodeURIComponent(owed.deliverableId ?? '')}/receipt`,
        { method: 'POST', json: { receivedOn: draft.receivedOn, via: draft.via, text: draft.text.trim(), attachments: [] } });
      setDone(t('periods.recorded', { date: formatDate(draft.receivedOn, language) }));
      setOpen(false);
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <li className={late ? 'late' : ''} data-owed={owed.itemId} data-standing={owed.standing}>
      <Link to={owed.link}>{owed.key ? `${owed.key}. ` : ''}{owed.title}</Link>
      <span className="muted"> · {t(`periods.kinds.${owed.kind}`)} · {t('periods.due')} {formatDate(owed.dueDate, language)}</span>
      {' '}<strong className={`standing ${owed.standing}`}>{t(`periods.standing.${owed.standing}`)}</strong>
      {owed.doneOn && <span className="muted"> · {t('periods.receivedOn')} {formatDate(owed.doneOn, language)}
        {owed.receivedVia ? ` (${t(`periods.via_.${owed.receivedVia}`)})` : ''}</span>}
      {owed.value !== null && <span className="muted"> · {formatNumber(owed.value, language)}</span>}
      {done && <p role="status">{done}</p>}
      {canRecord && !open && <button type="button" className="link" onClick={() => setOpen(true)}>{t('periods.recordReceipt')}</button>}
      {canRecord && open && (
        <form className="receipt" onSubmit={(e) => { e.preventDefault(); void record(); }} noValidate>
          <label htmlFor={`${id}-on`}>{t('periods.receivedOn')}</label>
          <input id={`${id}-on`} type="date" value={draft.receivedOn} aria-invalid={!!errors.receivedOn}
            onChange={(e) => setDraft({ ...draft, receivedOn: e.target.value })} />
          {errors.receivedOn && <span className="field-error">{t(errors.receivedOn)}</span>}
          <label htmlFor={`${id}-via`}>{t('periods.via')}</label>
          <select id={`${id}-via`} value={draft.via} onChange={(e) => setDraft({ ...draft, via: e.target.value })}>
            <option value="PAPER">{t('periods.paper')}</option><option value="EMAIL">{t('periods.email')}</option>
          </select>
          <label htmlFor={`${id}-text`}>{t('periods.text')}</label>
          <textarea id={`${id}-text`} rows={3} value={draft.text} aria-invalid={!!errors.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
          {errors.text && <span className="field-error">{t(errors.text)}</span>}
          <div className="actions">
            <button type="submit" className="primary">{t('periods.record')}</button>
            <button type="button" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
          </div>
          {failure ? <ErrorMessage error={failure} /> : null}
        </form>
      )}
    </li>
  );
}
