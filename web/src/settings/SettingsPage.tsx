import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage, Loaded, YearSelect, defaultYear, useLoad } from '../app/ui';
import { formatDate, type Language } from '../format/format';
import { RegimeSettings } from '../periods/RegimeSettings';
import { validatePolicy, type PolicyDraft, type PolicyRequest } from './policyForm';

/** The policy as the service answers it: the request's fields (times as HH:mm:ss). */
type Policy = PolicyRequest;

interface YearCalendar {
  year: number;
  tet: string;
  daysOff: { date: string; name: string; source: string }[];
  workingWeekendDays: { date: string; dayOff: boolean; name: string }[];
}

const hhmm = (time: string | null) => (time ? time.slice(0, 5) : '');

/** For the ward office: the reporting regime, when reminders go out, and the ward's working calendar (holidays, announced days). */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <RegimeSettings />
      <PolicyForm />
      <CalendarEditor />
    </>
  );
}

function PolicyForm() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PolicyDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof PolicyDraft, string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    api<Policy>('/api/notifications/policy').then((p) => setDraft({
      beforeWorkingDays: p.beforeWorkingDays.join(', '), onDueDay: p.onDueDay, overdueEveryWorkingDays: String(p.overdueEveryWorkingDays),
      maxOverdueReminders: String(p.maxOverdueReminders), escalateAfterWorkingDays: String(p.escalateAfterWorkingDays),
      sendTime: hhmm(p.sendTime), quietFrom: hhmm(p.quietFrom), quietUntil: hhmm(p.quietUntil),
    }), setFailure);
  }, []);
  if (!draft) {
    return failure ? <ErrorMessage error={failure} /> : <p>{t('common.loading')}</p>;
  }
  const field = (name: keyof PolicyDraft, label: string, type = 'text') => (
    <>
      <label htmlFor={`policy-${name}`}>{label}</label>
      <input id={`policy-${name}`} type={type} value={draft[name] as string} aria-invalid={!!errors[name]}
        aria-describedby={errors[name] ? `policy-${name}-error` : undefined}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
      {errors[name] && <span className="field-error" id={`policy-${name}-error`}>{t(errors[name]!)}</span>}
    </>
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = validatePolicy(draft);
    setErrors(checked.errors);
    setSaved(null);
    if (!checked.request) {
      return;
    }
    try {
      setFailure(null);
      const change = await api<{ replannedDeadlines: number }>('/api/notifications/policy', { method: 'PUT', json: checked.request });
      setSaved(t('settings.replanned', { count: change.replannedDeadlines }));
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('settings.policy')}</h2>
      <form className="entry" onSubmit={(e) => void submit(e)} noValidate>
        <div className="entry">
          {field('beforeWorkingDays', t('settings.before'))}
          <label className="inline"><input type="checkbox" checked={draft.onDueDay}
            onChange={(e) => setDraft({ ...draft, onDueDay: e.target.checked })} /> {t('settings.onDueDay')}</label>
          {field('overdueEveryWorkingDays', t('settings.overdueEvery'))}
          {field('maxOverdueReminders', t('settings.maxOverdue'))}
          {field('escalateAfterWorkingDays', t('settings.escalateAfter'))}
          {field('sendTime', t('settings.sendTime'), 'time')}
          {field('quietFrom', t('settings.quietFrom'), 'time')}
          {field('quietUntil', t('settings.quietUntil'), 'time')}
        </div>
        {failure ? <><ErrorMessage error={failure} /><p className="muted">{t('errors.kept')}</p></> : null}
        {saved && <p role="status" className="success">{saved}</p>}
        <div className="actions"><button type="submit" className="primary">{t('common.save')}</button></div>
      </form>
    </section>
  );
}

function CalendarEditor() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [year, setYear] = useState(defaultYear());
  const state = useLoad(() => api<YearCalendar>(`/api/notifications/calendar/${year}`), String(year));
  const [day, setDay] = useState({ date: '', dayOff: true, name: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const change = async (action: () => Promise<unknown>) => {
    try {
      setFailure(null);
      await action();
      state.reload();
    } catch (error) {
      setFailure(error);
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    const missing = !day.date ? 'settings.dateRequired' : !day.name.trim() ? 'settings.nameRequired' : null;
    setProblem(missing);
    if (!missing) {
      void change(() => api(`/api/notifications/calendar/days/${day.date}`, { method: 'PUT', json: { dayOff: day.dayOff, name: day.name } })
        .then(() => setDay({ date: '', dayOff: true, name: '' })));
    }
  };
  return (
    <section aria-labelledby="calendar-heading">
      <div className="page-head">
        <h2 id="calendar-heading">{t('settings.calendar', { year })}</h2>
        <YearSelect id="calendar-year" value={year} onChange={setYear} />
      </div>
      {failure ? <ErrorMessage error={failure} /> : null}
      <Loaded state={state}>{(c) => (
        <>
          <p>{t('settings.tet', { date: formatDate(c.tet, language) })}</p>
          <div className="table-wrap">
            <table id="calendar-days">
              <thead><tr><th scope="col">{t('settings.date')}</th><th scope="col">{t('settings.name')}</th>
                <th scope="col">{t('settings.source')}</th><th scope="col"><span className="sr-only">{t('settings.remove')}</span></th></tr></thead>
              <tbody>
                {c.daysOff.map((d) => (
                  <tr key={d.date}><td>{formatDate(d.date, language)}</td><td>{d.name}</td><td>{t(`settings.sources.${d.source}`, { defaultValue: d.source })}</td>
                    <td>{d.source === 'ANNOUNCED' && <button type="button" onClick={() => void change(() =>
                      api(`/api/notifications/calendar/days/${d.date}`, { method: 'DELETE' }))}>{t('settings.remove')}</button>}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          {c.workingWeekendDays.length > 0 && (
            <p>{t('settings.workingWeekendDays')}: {c.workingWeekendDays.map((d) => `${formatDate(d.date, language)} (${d.name})`).join('; ')}</p>
          )}
        </>
      )}</Loaded>
      <form className="filters" onSubmit={add} noValidate>
        <label>{t('settings.date')}<input type="date" value={day.date} onChange={(e) => setDay({ ...day, date: e.target.value })} /></label>
        <label>{t('settings.kind')}
          <select value={day.dayOff ? 'off' : 'work'} onChange={(e) => setDay({ ...day, dayOff: e.target.value === 'off' })}>
            <option value="off">{t('settings.extraDayOff')}</option><option value="work">{t('settings.workingWeekend')}</option>
          </select>
        </label>
        <label>{t('settings.name')}<input value={day.name} onChange={(e) => setDay({ ...day, name: e.target.value })} /></label>
        <button type="submit">{t('settings.addDay')}</button>
        {problem && <span className="field-error" role="alert">{t(problem)}</span>}
      </form>
    </section>
  );
}
