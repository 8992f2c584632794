import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ui';
import { formatNumber, parseNumber, type Language } from '../format/format';
import type { Indicator, TargetSpec } from './types';

type Kind = TargetSpec['kind'];
const KINDS: Kind[] = ['FLOOR', 'CEILING', 'GROWTH_RANGE', 'VALUE_BY_YEAR', 'DECREASE_EVERY_YEAR', 'MAINTAIN', 'ACHIEVE'];

/** The target in words: "Tối thiểu 99,5 mỗi năm", "Tăng 14 – 15 %/năm", "Đạt 76 vào năm 2030". */
export function describeTarget(target: TargetSpec | null, t: (key: string, values?: Record<string, unknown>) => string,
  language: Language): string {
  if (!target) {
    return t('target.none');
  }
  const n = (v: number | null) => formatNumber(v, language);
  return t(`target.describe.${target.kind}${target.strict ? 'Strict' : ''}`,
    { low: n(target.low), high: n(target.high), value: n(target.value), year: target.year });
}

/**
 * The ward office types a target by hand where the plan's words could not be read (or mean otherwise); it stays
 * across re-imports while the document words the target the same way.
 */
export function TargetForm({ indicator, onTyped }: { indicator: Indicator; onTyped: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [open, setOpen] = useState(indicator.target === null);
  const [kind, setKind] = useState<Kind>(indicator.target?.kind ?? 'FLOOR');
  const [low, setLow] = useState('');
  const [high, setHigh] = useState('');
  const [value, setValue] = useState('');
  const [strict, setStrict] = useState(false);
  const [year, setYear] = useState('2030');
  const [fromYear, setFromYear] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  if (!open) {
    return <p><button type="button" onClick={() => setOpen(true)}>{t('target.change')}</button></p>;
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const spec: Record<string, unknown> = { kind };
    if (kind === 'GROWTH_RANGE') {
      const l = parseNumber(low, language);
      const h = parseNumber(high || low, language);
      if (l === null || h === null || l > h) {
        setInvalid(t('target.rangeInvalid'));
        return;
      }
      Object.assign(spec, { low: l, high: h });
    } else if (kind === 'FLOOR' || kind === 'CEILING' || kind === 'VALUE_BY_YEAR') {
      const v = parseNumber(value, language);
      if (v === null) {
        setInvalid(t('target.valueInvalid'));
        return;
      }
      Object.assign(spec, kind === 'VALUE_BY_YEAR' ? { value: v, year: Number(year) } : { value: v, strict });
    }
    setInvalid(null);
    setFailure(null);
    try {
      await api(`/api/indicators/${encodeURIComponent(indicator.id)}/target`, { method: 'PUT',
        json: fromYear ? { target: spec, fromYear: Number(fromYear) } : { target: spec } });
      setDone(true);
      onTyped();
    } catch (error) {
      setFailure(error);
    }
  };
  const numberField = (id: string, label: string, text: string, set: (v: string) => void) => (
    <><label htmlFor={id}>{label}</label><input id={id} inputMode="decimal" value={text} onChange={(e) => set(e.target.value)} /></>
  );
  return (
    <section aria-labelledby="target-form-heading">
      <h2 id="target-form-heading">{t('target.title')}</h2>
      {indicator.target === null && <p>{t('target.untyped')}</p>}
      <form className="entry" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="target-kind">{t('target.kind')}</label>
        <select id="target-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map((k) => <option key={k} value={k}>{t(`target.kinds.${k}`)}</option>)}
        </select>
        {kind === 'GROWTH_RANGE' && <>{numberField('target-low', t('target.low'), low, setLow)}{numberField('target-high', t('target.high'), high, setHigh)}</>}
        {(kind === 'FLOOR' || kind === 'CEILING' || kind === 'VALUE_BY_YEAR') && numberField('target-value', t('target.value'), value, setValue)}
        {(kind === 'FLOOR' || kind === 'CEILING') && (
          <label className="check"><input type="checkbox" checked={strict} onChange={(e) => setStrict(e.target.checked)} />
            {kind === 'FLOOR' ? t('target.strictFloor') : t('target.strictCeiling')}</label>
        )}
        {kind === 'VALUE_BY_YEAR' && <>{numberField('target-year', t('target.year'), year, setYear)}</>}
        <label htmlFor="target-from-year">{t('target.fromYear')}</label>
        <input id="target-from-year" inputMode="numeric" value={fromYear} aria-describedby="target-from-year-hint"
          onChange={(e) => setFromYear(e.target.value)} />
        <small id="target-from-year-hint" className="muted">{t('target.fromYearHint')}</small>
        {invalid && <span className="field-error">{invalid}</span>}
        {failure ? <ErrorMessage error={failure} /> : null}
        {done && <p role="status">{t('target.saved')}</p>}
        <div className="actions"><button type="submit" className="primary">{t('target.save')}</button></div>
      </form>
    </section>
  );
}
