import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage, Loaded, useLoad } from '../app/ui';
import { formatDate, type Language } from '../format/format';
import { draftOf, KINDS, validateRegime, type RegimeDraft } from './regimeForm';
import type { Regime } from './types';

/**
 * The ward office sets its reporting regime from a period on: which periods are reported, the cut-off day, the units'
 * and the office's deadlines. The year's periods with their dates show what the regime gives.
 */
export function RegimeSettings() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const year = new Date().getFullYear();
  const state = useLoad(() => api<Regime>(`/api/reporting-regime?year=${year + 1}`), `regime-${year}`);
  return (
    <section aria-labelledby="regime-heading">
      <h2 id="regime-heading">{t('regime.title')}</h2>
      <p className="muted">{t('regime.intro')}</p>
      <Loaded state={state}>{(regime) => (
        <>
          <p>{regime.ownRules ? t('regime.own') : t('regime.city')}</p>
          <RegimeForm regime={regime} nextYear={year + 1} onSaved={state.reload} />
          <h3>{t('regime.periodsOf', { year: year + 1 })}</h3>
          <div className="table-wrap">
            <table id="regime-periods"><thead><tr>
              <th scope="col">{t('periods.period')}</th><th scope="col">{t('periods.unitsDue')}</th><th scope="col">{t('periods.officeDue')}</th>
            </tr></thead><tbody>
              {regime.periods.map((p) => (
                <tr key={p.key} data-period={p.key}><td>{p.label}
                  <small className="reason">{t('periods.window', { start: formatDate(p.start, language), cutOff: formatDate(p.cutOff, language) })}</small></td>
                  <td>{formatDate(p.unitsDue, language)}</td><td>{formatDate(p.officeDue, language)}</td></tr>
              ))}
            </tbody></table>
          </div>
        </>
      )}</Loaded>
    </section>
  );
}

function RegimeForm({ regime, nextYear, onSaved }: { regime: Regime; nextYear: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const rules = regime.versions.at(-1)?.periods ?? regime.defaults;
  const [draft, setDraft] = useState<RegimeDraft>(() => draftOf(rules, String(nextYear)));
  const [errors, setErrors] = useState<Partial<Record<keyof RegimeDraft, string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const field = (name: 'from' | 'cutOffDay' | 'unitsDays' | 'officeDays', label: string) => (
    <div className="field">
      <label htmlFor={`regime-${name}`}>{label}</label>
      <input id={`regime-${name}`} value={draft[name]} inputMode={name === 'from' ? 'text' : 'numeric'} aria-invalid={!!errors[name]}
        aria-describedby={errors[name] ? `regime-${name}-error` : undefined}
        onChange={(e) => { setDraft({ ...draft, [name]: e.target.value }); setSaved(null); }} />
      {errors[name] && <span className="field-error" id={`regime-${name}-error`}>{t(errors[name]!)}</span>}
    </div>
  );
  const save = async () => {
    const checked = validateRegime(draft);
    setErrors(checked.errors);
    setFailure(null);
    if (!checked.request) {
      return;
    }
    try {
      await api('/api/reporting-regime', { method: 'PUT', json: checked.request });
      setSaved(t('regime.saved', { from: checked.request.from }));
      onSaved();
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <form id="regime-form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
      {field('from', t('regime.from'))}
      <fieldset>
        <legend>{t('regime.report')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="inline">
            <input type="checkbox" name={`regime-kind-${k}`} checked={draft.kinds[k]} disabled={k === 'YEAR'}
              onChange={(e) => setDraft({ ...draft, kinds: { ...draft.kinds, [k]: e.target.checked } })} /> {t(`regime.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      {field('cutOffDay', t('regime.cutOffDay'))}
      {field('unitsDays', t('regime.unitsDays'))}
      {field('officeDays', t('regime.officeDays'))}
      <button type="submit" className="primary">{t('regime.save')}</button>
      {saved && <p role="status">{saved}</p>}
      {failure ? <ErrorMessage error={failure} /> : null}
    </form>
  );
}
