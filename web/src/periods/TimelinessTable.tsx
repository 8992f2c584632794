import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { Loaded, useLoad } from '../app/ui';
import { formatDate, type Language } from '../format/format';
import type { Tally, YearPeriods } from './types';

/**
 * How the units sent what they owed in the year's reporting periods, in the four classes of the Government's task
 * tracking: one row per period with the ward's total, then one per unit. Shown on the overview and on a ward the city
 * reads; the ward's own officials open a period from it.
 */
export function TimelinessTable({ ward, year, own }: { ward: string; year: number; own: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const state = useLoad(() => api<YearPeriods>(`/api/reports/wards/${encodeURIComponent(ward)}/periods?year=${year}`), `${ward}-${year}`);
  return (
    <section aria-labelledby="timeliness-heading">
      <h2 id="timeliness-heading">{t('periods.timeliness', { year })}</h2>
      <Loaded state={state}>{(y) => y.periods.length === 0 ? <p>{t('periods.noPeriods')}</p> : (
        <div className="table-wrap">
          <table id="timeliness" className="responsive">
            <thead><tr>
              <th scope="col">{t('periods.period')}</th><th scope="col">{t('periods.unit')}</th><th scope="col">{t('periods.expected')}</th>
              <th scope="col">{t('periods.onTime')}</th><th scope="col">{t('periods.late')}</th>
              <th scope="col">{t('periods.notYetDue')}</th><th scope="col">{t('periods.missing')}</th>
            </tr></thead>
            <tbody>
              {y.periods.flatMap((p) => [
                <tr key={p.period} className="total" data-period={p.period}>
                  <th scope="row">{own ? <Link to={`/periods/${p.period}`}>{p.label}</Link> : p.label}
                    <small className="reason">{t('periods.unitsDue')}: {formatDate(p.unitsDue, language)}</small></th>
                  <td>{t('periods.total')}</td><Counts tally={p.total} />
                </tr>,
                ...p.units.map((u) => (
                  <tr key={`${p.period}-${u.code}`} data-period-unit={`${p.period}:${u.code}`}>
                    <td data-label={t('periods.period')}>{p.label}</td><td>{u.name}</td><Counts tally={u.tally} />
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </div>
      )}</Loaded>
    </section>
  );
}

export function Counts({ tally }: { tally: Tally }) {
  const { t } = useTranslation();
  return (
    <>
      <td className="num" data-label={t('periods.expected')}>{tally.expected}</td>
      <td className="num" data-label={t('periods.onTime')}>{tally.onTime}</td>
      <td className="num" data-label={t('periods.late')}>{tally.late}</td>
      <td className="num" data-label={t('periods.notYetDue')}>{tally.notYetDue}</td>
      <td className={`num${tally.missing > 0 ? ' late' : ''}`} data-label={t('periods.missing')}>{tally.missing}</td>
    </>
  );
}
