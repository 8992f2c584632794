import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ui';

/** A name in the plan that no unit of the ward answers to, with every row that carries it. */
export interface UnresolvedUnit {
  text: string;
  candidates: string[];
  occurrences: { plan: string; kind: 'TASK' | 'INDICATOR'; key: string; title: string; role: 'LEAD' | 'COORDINATING' | 'ADVISING' }[];
}

interface Unit {
  code: string;
  name: string;
}

interface Mapped {
  text: string;
  unitName: string;
  tasksFollowed: number;
  indicatorsFollowed: number;
}

const NEW_UNIT = '__new__';

/**
 * The office maps each name the import could not resolve to one of the ward's units, or creates the unit: the name
 * is kept as the unit's alias, and every task and indicator that carries it follows (rights, reminders).
 */
export function UnitMapping({ unresolved, onMapped }: { unresolved: UnresolvedUnit[]; onMapped: () => void }) {
  const { t } = useTranslation();
  const [units, setUnits] = useState<Unit[]>([]);
  const [done, setDone] = useState<Mapped | null>(null);
  useEffect(() => {
    api<Unit[]>('/api/units').then(setUnits).catch(() => setUnits([]));
  }, [unresolved]);
  if (unresolved.length === 0) {
    return done ? <p role="status">{t('planImport.mapped', { ...done })}</p> : null;
  }
  return (
    <section aria-labelledby="unresolved-heading" className="unresolved-units">
      <h3 id="unresolved-heading">{t('planImport.unresolvedTitle', { count: unresolved.length })}</h3>
      <p>{t('planImport.unresolvedHelp')}</p>
      {done && <p role="status">{t('planImport.mapped', { ...done })}</p>}
      <ul>
        {unresolved.map((u) => (
          <li key={u.text}>
            <MappingForm unresolved={u} units={units} onMapped={(m) => { setDone(m); onMapped(); }} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MappingForm({ unresolved, units, onMapped }: { unresolved: UnresolvedUnit; units: Unit[]; onMapped: (m: Mapped) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(unresolved.candidates[0] ?? '');
  const [code, setCode] = useState('');
  const [name, setName] = useState(unresolved.text);
  const [failure, setFailure] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = `map-${unresolved.text.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  const ordered = [...units].sort((a, b) => Number(unresolved.candidates.includes(b.code)) - Number(unresolved.candidates.includes(a.code)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const creating = choice === NEW_UNIT;
    const unit = creating ? code.trim() : choice;
    if (!unit || (creating && (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(unit) || !name.trim()))) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setFailure(null);
    try {
      onMapped(await api<Mapped>('/api/plans/unit-mappings', {
        method: 'POST', json: creating ? { text: unresolved.text, unit, name: name.trim() } : { text: unresolved.text, unit },
      }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="entry" onSubmit={(e) => void submit(e)} noValidate aria-label={t('planImport.mapOne', { text: unresolved.text })}>
      <p><strong>“{unresolved.text}”</strong> — {unresolved.occurrences.slice(0, 4).map((o) =>
        t(o.kind === 'TASK' ? 'planImport.inTask' : 'planImport.inIndicator', { key: o.key, title: o.title, role: t(`planImport.roles.${o.role}`) }))
        .join('; ')}{unresolved.occurrences.length > 4 ? ` (+${unresolved.occurrences.length - 4})` : ''}</p>
      <label htmlFor={`${id}-unit`}>{t('planImport.mapTo')}</label>
      <select id={`${id}-unit`} value={choice} onChange={(e) => { setChoice(e.target.value); setMissing(false); }} aria-invalid={missing}>
        <option value="">{t('planImport.chooseUnit')}</option>
        {ordered.map((u) => <option key={u.code} value={u.code}>{u.name}{unresolved.candidates.includes(u.code) ? ` (${t('planImport.likely')})` : ''}</option>)}
        <option value={NEW_UNIT}>{t('planImport.newUnit')}</option>
      </select>
      {choice === NEW_UNIT && (
        <>
          <label htmlFor={`${id}-name`}>{t('planImport.newUnitName')}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          <label htmlFor={`${id}-code`}>{t('planImport.newUnitCode')}</label>
          <input id={`${id}-code`} value={code} onChange={(e) => { setCode(e.target.value); setMissing(false); }} maxLength={64}
            placeholder="tu-phap" aria-invalid={missing} />
        </>
      )}
      {missing && <span className="field-error">{choice === NEW_UNIT ? t('planImport.newUnitInvalid') : t('planImport.chooseUnit')}</span>}
      {failure ? <ErrorMessage error={failure} /> : null}
      <div className="actions"><button type="submit" disabled={busy}>{t('planImport.map')}</button></div>
    </form>
  );
}
