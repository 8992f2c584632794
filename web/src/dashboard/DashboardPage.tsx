import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api/client';
import { Loaded, StatusBadge, YearSelect, defaultYear, useFilters, useLoad } from '../app/ui';
import { formatDate, formatMeasure, type Language } from '../format/format';
import { Documents } from '../reports/Documents';
import { TimelinessTable } from '../periods/TimelinessTable';
import { UnitDuePanel } from '../periods/UnitDuePanel';
import { ExplanationPanel, ExplanationsDue } from '../explanations/ExplanationPanel';
import { hasRole, useMe } from '../session/session';
import { TrendChart } from './TrendChart';
import type { Group, WardDashboard } from './types';

const DELIVERABLE_STATUSES = ['PLANNED', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'OVERDUE'];
const colours: Record<string, string> = {
  PLANNED: '#5b6b7a', SUBMITTED: '#1f5fa8', ACCEPTED: '#1d7a3a', RETURNED: '#a35a00', OVERDUE: '#b3261e',
};

/**
 * Where the ward's plan stands this year: every indicator's light, tasks by status and unit, the overdue list. The
 * ward's own officials open its indicators and tasks from here; a city viewer (route {@code /comparison/:ward}) reads
 * any ward of the city the same way, with its documents, and without the links into the ward's own records.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const me = useMe();
  const { ward = me.ward ?? '' } = useParams();
  const own = ward === me.ward;
  // The year lives in the address: it survives a reload and a shared link, and the city's comparison passes it on.
  const [params, setParam] = useFilters();
  const year = Number(params.get('year') ?? defaultYear());
  const setYear = (y: number) => setParam('year', String(y));
  const state = useLoad(() => api<WardDashboard>(`/api/reports/wards/${encodeURIComponent(ward)}/dashboard?year=${year}`), `${ward}-${year}`);
  // The city's comparison opens a ward at one of its indicators (#indicator-<id>): shown and marked once loaded.
  const { hash } = useLocation();
  useEffect(() => {
    if (!state.data || !hash) {
      return;
    }
    const row = document.getElementById(decodeURIComponent(hash.slice(1)));
    row?.classList.add('highlight');
    row?.scrollIntoView?.({ block: 'center' });
  }, [state.data, hash]);
  /** A link into the ward's own records for its officials; the words alone for the city. */
  const recordLink = (to: string, children: ReactNode) => own ? <Link to={to}>{children}</Link> : <>{children}</>;

  return (
    <>
      {!own && <p><Link to={`/comparison?year=${year}`}>← {t('nav.comparison')}</Link></p>}
      <div className="page-head">
        <h1>{own ? t('dashboard.title', { year }) : t('dashboard.wardTitle', { ward: state.data?.wardName ?? ward, year })}</h1>
        <YearSelect value={year} onChange={setYear} />
      </div>
      <Loaded state={state}>{(d) => (
        <>
          <p className="muted">{d.wardName ?? d.ward} · {t('dashboard.asOf', { date: formatDate(d.asOf, language) })}</p>
          {own && me.unit && hasRole(me, 'unit-officer') && <UnitDuePanel ward={ward} unit={me.unit} />}
          {own && me.unit && hasRole(me, 'unit-officer') && <ExplanationsDue />}
          <section aria-labelledby="status-counts" className="cards">
            <h2 id="status-counts" className="sr-only">{t('dashboard.byStatus')}</h2>
            {Object.entries(d.indicatorsByStatus).map(([status, count]) => (
              <div key={status} className="card" data-status-count={status}>
                <StatusBadge status={status} />
                <span className="big">{count}</span>
              </div>
            ))}
          </section>

          <section aria-labelledby="indicators-heading">
            <h2 id="indicators-heading">{t('dashboard.indicators')}</h2>
            <div className="table-wrap">
              <table id="dashboard-indicators" className="responsive">
                <thead>
                  <tr>
                    <th scope="col">#</th><th scope="col">{t('dashboard.indicator')}</th><th scope="col">{t('dashboard.target')}</th>
                    <th scope="col">{t('dashboard.value')}</th><th scope="col">{t('dashboard.status')}</th>
                    <th scope="col">{t('dashboard.trend')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.indicators.map((i) => (
                    <tr key={i.id} data-indicator={i.key} id={`indicator-${i.id}`}>
                      <td>{i.key}</td>
                      <td>{recordLink(`/indicators/${encodeURIComponent(i.id)}?year=${year}`, i.name)}
                        {i.reason && <small className="reason">{language === 'en' && i.reasonEn ? i.reasonEn : i.reason}</small>}
                        {i.status === 'NO_DATA' && i.targetKind === 'GROWTH_RANGE' && i.value !== null &&
                          <small className="reason" data-needs-baseline>{t('dashboard.needsBaseline')}</small>}</td>
                      <td data-label={t('dashboard.target')}>{i.target ?? '—'}</td>
                      <td className="num" data-label={t('dashboard.value')}>{formatMeasure(i.value, i.measureUnit, language)}
                        {i.valuePeriod?.endsWith('-6M') && <small className="reason">{t('dashboard.estimate')}</small>}
                        {i.value !== null && i.valueState && i.valueState !== 'APPROVED' &&
                          <small className="reason" data-value-state={i.valueState}>{t(`valueStatus.${i.valueState}`)}</small>}</td>
                      <td><StatusBadge status={i.status} /></td>
                      <td className="trend">{i.trend && i.trend.some((p) => p.value !== null)
                        ? <TrendChart name={i.name} compact points={i.trend.map((p) => ({ ...p, low: i.band?.low, high: i.band?.high }))} />
                        : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{t('dashboard.tasks')} ({d.tasks.total})</h2>
            <ul className="chips" aria-label={t('dashboard.byStatus')}>
              {DELIVERABLE_STATUSES.map((s) => (
                <li key={s}>{recordLink(`/tasks?year=${year}&status=${s}`, <>{t(`taskStatus.${s}`)}: <strong>{d.tasks.byStatus[s] ?? 0}</strong></>)}</li>
              ))}
            </ul>
            <GroupChart title={t('dashboard.byUnit')} groups={d.tasks.byUnit} />
            <GroupChart title={t('dashboard.byField')} groups={d.tasks.byField} />
          </section>

          <section aria-labelledby="overdue-heading">
            <h2 id="overdue-heading">{t('dashboard.overdue')}</h2>
            {d.overdue.length === 0 ? <p>{t('dashboard.noOverdue')}</p> : (
              <ul className="overdue" id="overdue-list">
                {d.overdue.map((o) => (
                  <li key={`${o.taskId}-${o.deliverableId}`}>
                    {recordLink(`/tasks/${encodeURIComponent(o.taskId)}`, `${o.key}. ${o.title}`)}
                    <span> — {o.leadUnit}, {t('dashboard.dueDate')} {formatDate(o.dueDate, language)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="awaited-heading" id="explanations-awaited">
            <h2 id="awaited-heading">{t('explanations.overview')}{(d.explanations ?? []).length > 0 && ` (${d.explanations!.length})`}</h2>
            {(d.explanations ?? []).length === 0 ? <p>{t('explanations.overviewNone')}</p> : (
              <ul className="overdue">
                {d.explanations!.map((e) => (
                  <li key={e.id} data-explanation={e.id} data-status={e.status}>
                    {recordLink(e.link, e.subjectTitle)}
                    <span> — {t(`explanations.status.${e.status}`)}, {t('explanations.askedBy', { name: e.askedByName })}
                      {e.status === 'OPEN' && <>, {t('explanations.due', { date: formatDate(e.answerDue, language) })}</>}
                      {e.late && <strong className="late"> · {t('explanations.late')}</strong>}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <TimelinessTable ward={ward} year={year} own={own} />

          {!own && hasRole(me, 'city-viewer') && !me.ward && <ExplanationPanel subject={{ kind: 'WARD', id: ward, ward }} />}
          {/* The city's questions about the ward, for its office to answer. */}
          {own && hasRole(me, 'ward-admin') && <ExplanationPanel subject={{ kind: 'WARD', id: ward }} hideWhenEmpty />}

          {!own && (
            <section aria-labelledby="documents-heading">
              <h2 id="documents-heading">{t('reports.title')}</h2>
              <Documents ward={ward} year={year} />
            </section>
          )}
        </>
      )}</Loaded>
    </>
  );
}

function GroupChart({ title, groups }: { title: string; groups: Group[] }) {
  const { t } = useTranslation();
  const data = groups.map((g) => ({ name: g.name, ...g.byStatus }));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(160, groups.length * 34 + 60)}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {DELIVERABLE_STATUSES.map((s) => (
            <Bar key={s} dataKey={s} name={t(`taskStatus.${s}`)} stackId="a" fill={colours[s]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      </div>
      <div className="sr-only"><table>
        <caption>{title}</caption>
        <tbody>{groups.map((g) => <tr key={g.code}><th scope="row">{g.name}</th><td>{g.total}</td></tr>)}</tbody>
      </table></div>
    </figure>
  );
}
