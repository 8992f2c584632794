import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { Loaded, StatusBadge, YearSelect, defaultYear, useFilters, useLoad } from '../app/ui';
import { formatMeasure, formatPercent, type Language } from '../format/format';
import { useMe } from '../session/session';

type Tally = { expected: number; onTime: number; late: number; missing: number; notYetDue: number };

interface Cell {
  indicatorId: string; name: string; status: string; value: number | null; previousValue: number | null;
  trend: 'UP' | 'DOWN' | 'FLAT' | null; rank: number;
}

interface Comparison {
  city: string;
  year: number;
  frameVersion: number | null;
  wards: { code: string; name: string; rank: number; indicators: number; onTrack: number; assessed: number; share: number | null;
    reports: Tally | null; wardOnly: number }[];
  rows: { code: string; parentCode: string | null; group: string | null; name: string; measureUnit: string | null;
    direction: 'UP' | 'DOWN' | 'KEEP'; cityTarget: string | null; sharedBy: number; cells: Record<string, Cell> }[];
  wardOnly: { ward: string; indicatorId: string; code: string | null; name: string; measureUnit: string | null; status: string;
    awaitingReview: boolean }[];
  groups: string[];
}

const good = (status: string) => status === 'ACHIEVED' || status === 'ON_TRACK';

/**
 * For city leaders: the city's frame indicators × its wards, each cell coloured by the ward's status, wards ranked by
 * the share of their frame indicators on track; sortable by ward or indicator, filtered by group; a ward's own
 * indicators apart. Sorting and the filter live in the address, so a shared link shows the same table.
 */
export function ComparisonPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const me = useMe();
  const [params, setParam] = useFilters();
  const year = Number(params.get('year') ?? defaultYear());
  const wardOrder = params.get('wards') ?? 'rank';
  const rowOrder = params.get('rows') ?? 'frame';
  const group = params.get('group') ?? '';
  const state = useLoad(() => api<Comparison>(`/api/reports/cities/${me.city}/comparison?year=${year}`), `${me.city}-${year}`);
  return (
    <>
      <div className="page-head">
        <h1>{t('reports.comparison', { year })}</h1>
        <YearSelect value={year} onChange={(y) => setParam('year', String(y))} />
      </div>
      <Loaded state={state}>{(c) => {
        const wards = [...c.wards].sort((a, b) => wardOrder === 'name' ? a.name.localeCompare(b.name, 'vi') : a.rank - b.rank);
        const onTrackIn = (r: Comparison['rows'][number]) => Object.values(r.cells).filter((cell) => good(cell.status)).length;
        const rows = c.rows.filter((r) => !group || r.group === group);
        if (rowOrder === 'onTrack') {
          rows.sort((a, b) => onTrackIn(b) - onTrackIn(a) || a.code.localeCompare(b.code, 'vi', { numeric: true }));
        }
        const wardName = (code: string) => c.wards.find((w) => w.code === code)?.name ?? code;
        return (
          <>
            {c.frameVersion === null
              ? <p id="frame-missing" role="status">{t('comparison.frameMissing')}</p>
              : <p className="muted">{t('comparison.frameLine', { version: c.frameVersion, count: c.rows.length })}{' · '}
                <a id="comparison-export" href={`/api/reports/cities/${encodeURIComponent(c.city)}/comparison.xlsx?year=${year}`} download>
                  {t('comparison.export')}</a></p>}
            <div className="table-wrap">
              <table id="ranking">
                <thead><tr><th scope="col">{t('reports.rank')}</th><th scope="col">{t('reports.ward')}</th>
                  <th scope="col">{t('reports.share')}</th><th scope="col">{t('reports.onTrack')}</th><th scope="col">{t('reports.assessed')}</th>
                  <th scope="col">{t('reports.reportsOnTime')}</th><th scope="col">{t('periods.missing')}</th>
                  <th scope="col">{t('comparison.wardOnlyCount')}</th></tr></thead>
                <tbody>
                  {[...c.wards].sort((a, b) => a.rank - b.rank).map((w) => (
                    <tr key={w.code} data-ward={w.code}><td className="num">{w.rank}</td>
                      <td><Link to={`/comparison/${encodeURIComponent(w.code)}?year=${year}`}>{w.name}</Link></td>
                      <td className="num">{formatPercent(w.share, language)}</td><td className="num">{w.onTrack}/{w.indicators}</td>
                      <td className="num">{w.assessed}</td>
                      <td className="num" data-reports-on-time>{w.reports ? `${w.reports.onTime}/${w.reports.expected}` : '—'}</td>
                      <td className={`num${w.reports && w.reports.missing > 0 ? ' late' : ''}`}>{w.reports?.missing ?? '—'}</td>
                      <td className="num">{w.wardOnly}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>

            {c.rows.length > 0 && (
              <section aria-labelledby="matrix-heading">
                <h2 id="matrix-heading">{t('comparison.matrixTitle')}</h2>
                <div className="filters">
                  <label>{t('comparison.group')}{' '}
                    <select id="comparison-group" value={group} onChange={(e) => setParam('group', e.target.value)}>
                      <option value="">{t('comparison.allGroups')}</option>
                      {c.groups.map((g) => <option key={g} value={g}>{g}</option>)}
                    </select></label>
                  <label>{t('comparison.sortWards')}{' '}
                    <select id="comparison-wards" value={wardOrder} onChange={(e) => setParam('wards', e.target.value)}>
                      <option value="rank">{t('comparison.byRank')}</option><option value="name">{t('comparison.byName')}</option>
                    </select></label>
                  <label>{t('comparison.sortRows')}{' '}
                    <select id="comparison-rows" value={rowOrder} onChange={(e) => setParam('rows', e.target.value)}>
                      <option value="frame">{t('comparison.byFrame')}</option><option value="onTrack">{t('comparison.byOnTrack')}</option>
                    </select></label>
                </div>
                <div className="table-wrap">
                  <table id="matrix" className="matrix">
                    <thead><tr><th scope="col">{t('dashboard.indicator')}</th>
                      {wards.map((w) => <th key={w.code} scope="col" data-ward={w.code}>
                        <Link to={`/comparison/${encodeURIComponent(w.code)}?year=${year}`}>{w.name}</Link></th>)}</tr></thead>
                    <tbody>
                      {rows.map((r) => (
                        <tr key={r.code} data-frame={r.code} className={r.parentCode ? 'sub' : undefined}>
                          <th scope="row">{r.code} · {r.name}
                            {r.cityTarget && <small className="reason">{t('comparison.cityTarget', { target: r.cityTarget })}</small>}</th>
                          {wards.map((w) => {
                            const cell = r.cells[w.code];
                            if (!cell) {
                              return <td key={w.code} data-ward={w.code} className="empty" aria-label={t('comparison.notCarried')}>—</td>;
                            }
                            return (
                              <td key={w.code} data-ward={w.code} data-status={cell.status} className={`cell-${cell.status.toLowerCase()}`}>
                                <Link to={`/comparison/${encodeURIComponent(w.code)}?year=${year}#indicator-${encodeURIComponent(cell.indicatorId)}`}
                                  title={cell.name}>
                                  <StatusBadge status={cell.status} />
                                  {cell.value !== null && <span className="num"> {formatMeasure(cell.value, r.measureUnit, language)}</span>}
                                  {cell.trend && <span className="trend-arrow" aria-label={t(`comparison.trend.${cell.trend}`)}>
                                    {cell.trend === 'UP' ? ' ↑' : cell.trend === 'DOWN' ? ' ↓' : ' →'}</span>}
                                </Link>
                                {r.sharedBy > 1 && <small className="muted">{t('comparison.rankInRow', { rank: cell.rank, of: r.sharedBy })}</small>}
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            )}

            {c.wardOnly.length > 0 && (
              <section aria-labelledby="ward-only-heading">
                <h2 id="ward-only-heading">{t('comparison.wardOnlyTitle')}</h2>
                <div className="table-wrap">
                  <table id="ward-only" className="responsive">
                    <thead><tr><th scope="col">{t('reports.ward')}</th><th scope="col">{t('dashboard.indicator')}</th>
                      <th scope="col">{t('dashboard.status')}</th></tr></thead>
                    <tbody>
                      {c.wardOnly.map((o) => (
                        <tr key={o.indicatorId} data-ward={o.ward}>
                          <td>{wardName(o.ward)}</td>
                          <td>{o.name}{o.awaitingReview && <small className="reason">{t('comparison.awaitingReview')}</small>}</td>
                          <td><StatusBadge status={o.status} /></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            )}
          </>
        );
      }}</Loaded>
    </>
  );
}
