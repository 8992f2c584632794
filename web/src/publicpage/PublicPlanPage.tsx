import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../api/client';
import { Loaded, StatusBadge, YearSelect, defaultYear, useLoad } from '../app/ui';
import { formatDate, formatMeasure, type Language } from '../format/format';
import { i18n, rememberLanguage } from '../i18n';

interface PublicPlan {
  ward: string;
  wardName: string | null;
  year: number;
  asOf: string;
  indicators: { key: string; name: string; measureUnit: string | null; target: string | null; value: number | null; status: string; reason: string | null }[];
  indicatorsByStatus: Record<string, number>;
  tasks: number;
  tasksByStatus: Record<string, number>;
}

/** A ward's plan and progress for citizens, without sign-in, when the ward office published it. */
export function PublicPlanPage() {
  const { t } = useTranslation();
  const language = i18n.language as Language;
  const { ward = '' } = useParams();
  const [year, setYear] = useState(defaultYear());
  const state = useLoad(() => api<PublicPlan>(`/api/public/wards/${encodeURIComponent(ward)}/plan?year=${year}`), `${ward}-${year}`);
  const switchLanguage = () => {
    const next = i18n.language === 'en' ? 'vi' : 'en';
    void i18n.changeLanguage(next);
    rememberLanguage(next);
  };
  return (
    <>
      <header className="top">
        <div className="brand"><span className="logo" aria-hidden="true">◆</span><strong>{state.data?.wardName ?? ward}</strong></div>
        <div className="who"><button type="button" className="link" onClick={switchLanguage}>{t('session.switchTo')}</button></div>
      </header>
      <main id="main">
        <div className="page-head">
          <h1>{t('publicPage.title', { year })}</h1>
          <YearSelect value={year} onChange={setYear} />
        </div>
        <Loaded state={state}>{(plan) => (
          <>
            <p className="muted">{t('publicPage.of', { ward: plan.wardName ?? plan.ward })} · {t('dashboard.asOf', { date: formatDate(plan.asOf, language) })}</p>
            <section className="cards" aria-label={t('dashboard.byStatus')}>
              {Object.entries(plan.indicatorsByStatus).map(([status, count]) => (
                <div key={status} className="card"><StatusBadge status={status} /><span className="big">{count}</span></div>
              ))}
            </section>
            <div className="table-wrap">
              <table id="public-indicators" className="responsive">
                <thead><tr><th scope="col">#</th><th scope="col">{t('dashboard.indicator')}</th><th scope="col">{t('dashboard.target')}</th>
                  <th scope="col">{t('dashboard.value')}</th><th scope="col">{t('dashboard.status')}</th></tr></thead>
                <tbody>
                  {plan.indicators.map((i) => (
                    <tr key={i.key}><td>{i.key}</td><td>{i.name}{i.reason && <small className="reason">{i.reason}</small>}</td>
                      <td data-label={t('dashboard.target')}>{i.target ?? '—'}</td>
                      <td className="num" data-label={t('dashboard.value')}>{formatMeasure(i.value, i.measureUnit, language)}</td>
                      <td><StatusBadge status={i.status} /></td></tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h2>{t('publicPage.tasks', { count: plan.tasks })}</h2>
            <ul className="chips">
              {Object.entries(plan.tasksByStatus).map(([s, n]) => <li key={s}><span>{t(`taskStatus.${s}`)}: <strong>{n}</strong></span></li>)}
            </ul>
          </>
        )}</Loaded>
      </main>
    </>
  );
}
