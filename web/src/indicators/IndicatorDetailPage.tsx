import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { Loaded, StatusBadge, YearSelect, defaultYear, useLoad, yearsOfPlan } from '../app/ui';
import { TrendChart } from '../dashboard/TrendChart';
import { formatDateTime, formatMeasure, formatNumber, formatPercent, type Language } from '../format/format';
import { hasRole, useMe } from '../session/session';
import { targetBand } from './band';
import type { Assessment, Indicator, IndicatorValue } from './types';
import { Comments } from './Comments';
import { ValueEntry } from './ValueEntry';
import { TargetForm, describeTarget } from './TargetForm';
import { confidencePercent, type Mapping } from '../cityframe/types';
import { ExplanationPanel } from '../explanations/ExplanationPanel';

interface IndicatorData {
  indicator: Indicator;
  values: IndicatorValue[];
  assessment: Assessment | null;
}

/** Where the indicator stands against the city's frame, in one line, with the platform's reason. */
function FrameMappingLine({ indicatorId }: { indicatorId: string }) {
  const { t } = useTranslation();
  const state = useLoad(() => api<Mapping>(`/api/indicator-mappings/${encodeURIComponent(indicatorId)}`).catch(() => null), indicatorId);
  const m = state.data;
  if (!m) {
    return <>—</>;
  }
  return (
    <>
      <span className={`badge mapping-${m.state.toLowerCase()}`}>{t(`mapping.states.${m.state}`)}</span>{' '}
      {m.frameCode ? `${m.frameCode} · ${m.frameName ?? ''}` : m.proposal?.frameCode
        ? t('mapping.proposal', { code: m.proposal.frameCode, name: m.proposal.frameName ?? '', confidence: confidencePercent(m.proposal.confidence) })
        : ''}
      {m.proposal?.reason && <small className="reason">{m.proposal.reason}</small>}
      <small><Link to="/mapping">{t('mapping.review')}</Link></small>
    </>
  );
}

/** One indicator: its target, values by year against the band, the assessment in words, entry and approval. */
export function IndicatorDetailPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? defaultYear());
  const me = useMe();
  const path = `/api/indicators/${encodeURIComponent(id)}`;
  const state = useLoad<IndicatorData>(async () => {
    const [indicator, values, assessed] = await Promise.all([
      api<Indicator>(path), api<IndicatorValue[]>(`${path}/values`),
      api<{ assessment: Assessment }>(`${path}/assessment?year=${year}`),
    ]);
    return { indicator, values, assessment: assessed.assessment };
  }, `${id}-${year}`);

  return (
    <>
      <p><Link to={`/indicators?year=${year}`}>← {t('nav.indicators')}</Link></p>
      <Loaded state={state}>{({ indicator, values, assessment }) => {
        const current = values.find((v) => v.period === String(year)) ?? null;
        // The same rules indicator-service applies: the advising unit's officers enter, the ward office approves.
        const canEnter = hasRole(me, 'unit-officer') && me.unit === indicator.advisingUnitCode;
        const canApprove = hasRole(me, 'ward-admin');
        const canComment = hasRole(me, 'ward-leader', 'ward-admin');
        const points = yearsOfPlan().map((y) => {
          const band = targetBand(indicator.target, indicator.baseline, y);
          const value = values.find((v) => v.period === String(y));
          return { year: y, value: value ? Number(value.value) : null, low: band?.low ?? null, high: band?.high ?? null };
        });
        if (indicator.baseline) {
          points.unshift({ year: indicator.baseline.year, value: Number(indicator.baseline.value), low: null, high: null });
        }
        return (
          <article>
            <div className="page-head">
              <h1>{indicator.key}. {indicator.name}</h1>
              <YearSelect value={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} />
            </div>
            <dl className="facts">
              <dt>{t('indicators.measureUnit')}</dt><dd>{indicator.measureUnit ?? '—'}</dd>
              <dt>{t('indicators.yearly')}</dt><dd>{indicator.yearlyText || '—'}</dd>
              <dt>{t('indicators.byEnd')}</dt><dd>{indicator.byEndText || '—'}</dd>
              <dt>{t('target.title')}</dt>
              <dd id="target-reading">{describeTarget(indicator.target, t, language)}
                {indicator.endTarget && <> · {t('target.endTarget')}: {describeTarget(indicator.endTarget, t, language)}</>}
                {indicator.targetNote && <><br /><small>{indicator.targetNote}</small></>}</dd>
              <dt>{t('indicators.baseline')}</dt>
              <dd>{indicator.baseline ? `${indicator.baseline.year}: ${formatMeasure(indicator.baseline.value, indicator.measureUnit, language)}` : '—'}</dd>
              {indicator.adjustedFrom && <><dt>{t('indicators.adjusted')}</dt>
                <dd id="target-adjusted">{t('indicators.adjustedFrom', { year: indicator.adjustedFrom })}
                  {indicator.earlierTargets.map((e) => <small key={e.untilYear} className="reason">{t('indicators.earlierTarget', {
                    year: e.untilYear, text: e.yearlyText || e.byEndText || describeTarget(e.target, t, language) })}</small>)}</dd></>}
              <dt>{t('mapping.frameIndicator')}</dt><dd id="indicator-frame"><FrameMappingLine indicatorId={indicator.id} /></dd>
              <dt>{t('indicators.advisingUnit')}</dt><dd>{indicator.advisingUnitText ?? '—'}</dd>
              <dt>{t('indicators.leader')}</dt><dd>{indicator.directingLeader ?? '—'}</dd>
            </dl>

            <section aria-labelledby="assessment-heading" className="assessment">
              <h2 id="assessment-heading">{t('indicators.assessment', { year })}</h2>
              <StatusBadge status={assessment?.status ?? 'NO_DATA'} />
              {assessment?.reason && <p id="assessment-reason">{i18n.language === 'en' && assessment.reasonEn ? assessment.reasonEn : assessment.reason}</p>}
              {assessment?.achievedRate != null && (
                <p>{t('indicators.achievedRate')}: {formatPercent(assessment.achievedRate, language)}
                  {assessment.neededRate != null && <> · {t('indicators.neededRate')}: {formatPercent(assessment.neededRate, language)}</>}
                </p>
              )}
            </section>

            <TrendChart name={indicator.name} points={points} />

            <section aria-labelledby="values-heading">
              <h2 id="values-heading">{t('indicators.values')}</h2>
              <div className="table-wrap">
                <table id="indicator-values">
                  <thead><tr><th scope="col">{t('indicators.period')}</th><th scope="col">{t('indicators.value')}</th>
                    <th scope="col">{t('indicators.status')}</th><th scope="col">{t('indicators.source')}</th></tr></thead>
                  <tbody>
                    {values.length === 0 && <tr><td colSpan={4}>{t('indicators.noValue')}</td></tr>}
                    {values.map((v) => (
                      <tr key={v.period} data-period={v.period}>
                        <td>{v.period}</td><td className="num">{formatMeasure(Number(v.value), indicator.measureUnit, language)}</td>
                        <td data-value-status={v.status}>{t(`valueStatus.${v.status}`)}</td><td>{v.source ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>

            {canApprove && <TargetForm key={`${indicator.id}-target`} indicator={indicator} onTyped={state.reload} />}

            <ValueEntry key={`${indicator.id}-${year}`} indicator={indicator} year={year} current={current} canEnter={canEnter}
              canApprove={canApprove} onChanged={state.reload} />
            <ExplanationPanel subject={{ kind: 'INDICATOR', id: indicator.id }} />

            {current && current.history.length > 0 && (
              <section aria-labelledby="history-heading">
                <h2 id="history-heading">{t('indicators.history')} {year}</h2>
                <ol className="history">
                  {current.history.map((c, n) => (
                    <li key={n}>{formatDateTime(c.at, language)} · {c.byName ?? c.by} · {t(`historyAction.${c.action}`, { defaultValue: c.action })}
                      {c.newValue != null && <> · {formatNumber(Number(c.newValue), language)}</>}
                      {c.comment && <> · “{c.comment}”</>}</li>
                  ))}
                </ol>
              </section>
            )}

            <Comments indicatorId={indicator.id} year={year} canComment={canComment} />
          </article>
        );
      }}</Loaded>
    </>
  );
}
