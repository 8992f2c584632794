import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { Loaded, StatusBadge, YearSelect, defaultYear, useFilters, useLoad } from '../app/ui';
import { formatPercent, type Language } from '../format/format';
import { useMe } from '../session/session';

interface Comparison {
  city: string;
  year: number;
  wards: { code: string; name: string; rank: number; indicators: number; onTrack: number; assessed: number; share: number | null;
    reports: { expected: number; onTime: number; late: number; missing: number; notYetDue: number } | null }[];
  indicators: { code: string; name: string; measureUnit: string | null; sharedBy: number; statuses: Record<string, string> }[];
}

/** For city leaders: their wards ranked by the share of targets on track, and every shared indicator side by side. */
export function ComparisonPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const me = useMe();
  const [params, setParam] = useFilters();
  const year = Number(params.get('year') ?? defaultYear());
  const setYear = (y: number) => setParam('year', String(y));
  const state = useLoad(() => api<Comparison>(`/api/reports/cities/${me.city}/comparison?year=${year}`), `${me.city}-${year}`);
  return (
    <>
      <div className="page-head">
        <h1>{t('reports.comparison', { year })}</h1>
        <YearSelect value={year} onChange={setYear} />
      </div>
      <Loaded state={state}>{(c) => (
        <>
          <div className="table-wrap">
            <table id="ranking">
              <thead><tr><th scope="col">{t('reports.rank')}</th><th scope="col">{t('reports.ward')}</th>
                <th scope="col">{t('reports.share')}</th><th scope="col">{t('reports.onTrack')}</th><th scope="col">{t('reports.assessed')}</th>
                <th scope="col">{t('reports.reportsOnTime')}</th><th scope="col">{t('periods.missing')}</th></tr></thead>
              <tbody>
                {c.wards.map((w) => (
                  <tr key={w.code} data-ward={w.code}><td className="num">{w.rank}</td>
                    <td><Link to={`/comparison/${encodeURIComponent(w.code)}?year=${year}`}>{w.name}</Link></td>
                    <td className="num">{formatPercent(w.share, language, true)}</td><td className="num">{w.onTrack}</td>
                    <td className="num">{w.assessed}</td>
                    <td className="num" data-reports-on-time>{w.reports ? `${w.reports.onTime}/${w.reports.expected}` : '—'}</td>
                    <td className={`num${w.reports && w.reports.missing > 0 ? ' late' : ''}`}>{w.reports?.missing ?? '—'}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap">
            <table id="matrix">
              <thead><tr><th scope="col">{t('dashboard.indicator')}</th>
                {c.wards.map((w) => <th key={w.code} scope="col">{w.name}</th>)}</tr></thead>
              <tbody>
                {c.indicators.map((i) => (
                  <tr key={`${i.code}-${i.name}`}><th scope="row">{i.name}</th>
                    {c.wards.map((w) => <td key={w.code}>{i.statuses[w.code] ? <StatusBadge status={i.statuses[w.code]} /> : '—'}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}</Loaded>
    </>
  );
}
