import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { Loaded, useLoad } from '../app/ui';
import { formatDate, type Language } from '../format/format';
import type { PeriodReport } from './types';

/** A unit officer's first sight: what their unit must report in the current period and by when, late items first. */
export function UnitDuePanel({ ward, unit }: { ward: string; unit: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const state = useLoad(() => api<PeriodReport>(`/api/reports/wards/${encodeURIComponent(ward)}/periods/current`), `${ward}-current`);
  return (
    <section aria-labelledby="my-unit-heading" id="my-unit-period" className="panel">
      <Loaded state={state}>{(p) => {
        const mine = p.units.find((u) => u.code === unit);
        const open = (mine?.items ?? []).filter((o) => o.doneOn === null)
          .sort((a, b) => Number(b.standing === 'NOT_DONE_OVERDUE') - Number(a.standing === 'NOT_DONE_OVERDUE') || a.dueDate.localeCompare(b.dueDate));
        return (
          <>
            <h2 id="my-unit-heading">{t('periods.myUnit', { period: p.label })}</h2>
            <p className="muted">{t('periods.unitsDue')}: <strong>{formatDate(p.unitsDue, language)}</strong></p>
            {open.length === 0 ? <p>{t('periods.myUnitNone')}</p> : (
              <ul className="owed">
                {open.map((o) => (
                  <li key={`${o.kind}-${o.itemId}-${o.deliverableId}`} className={o.standing === 'NOT_DONE_OVERDUE' ? 'late' : ''} data-standing={o.standing}>
                    <Link to={o.link}>{o.key ? `${o.key}. ` : ''}{o.title}</Link>
                    <span className="muted"> · {t(`periods.kinds.${o.kind}`)} · {t('periods.due')} {formatDate(o.dueDate, language)}</span>
                    {' '}<strong>{t(`periods.standing.${o.standing}`)}</strong>
                  </li>
                ))}
              </ul>
            )}
            <p><Link to={`/periods/${p.period}`}>{t('periods.open')} →</Link></p>
          </>
        );
      }}</Loaded>
    </section>
  );
}
