import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Page } from '../api/client';
import { FilterSelect, Loaded, StatusBadge, YearSelect, defaultYear, distinct, sameText, useFilters, useLoad } from '../app/ui';
import type { Indicator } from './types';

const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

/** The plan's indicators with their status for a year, filtered by group, advising unit, leader and status. */
export function IndicatorListPage() {
  const { t } = useTranslation();
  const [params, set] = useFilters();
  const year = Number(params.get('year') ?? defaultYear());
  const filters = { group: params.get('group') ?? '', advisingUnit: params.get('advisingUnit') ?? '',
    leader: params.get('leader') ?? '', status: params.get('status') ?? '', awaiting: params.get('awaiting') === 'true' };
  const [text, setText] = useState('');
  const state = useLoad(() => api<Page<Indicator>>(`/api/indicators?year=${year}&size=500${filters.awaiting ? '&awaiting=true' : ''}`),
    `${year}-${filters.awaiting}`);

  const options = useMemo(() => {
    const all = state.data?.content ?? [];
    return { group: distinct(all, (i) => i.group), advisingUnit: distinct(all, (i) => i.advisingUnitText),
      leader: distinct(all, (i) => i.directingLeader) };
  }, [state.data]);

  return (
    <>
      <div className="page-head">
        <h1>{t('indicators.title')}</h1>
        <YearSelect value={year} onChange={(y) => set('year', String(y))} />
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>{t('common.search')}<input type="search" value={text} onChange={(e) => setText(e.target.value)} /></label>
        <FilterSelect label={t('indicators.group')} value={filters.group} options={options.group} onChange={(v) => set('group', v)} />
        <FilterSelect label={t('indicators.advisingUnit')} value={filters.advisingUnit} options={options.advisingUnit}
          onChange={(v) => set('advisingUnit', v)} />
        <FilterSelect label={t('indicators.leader')} value={filters.leader} options={options.leader} onChange={(v) => set('leader', v)} />
        <FilterSelect label={t('indicators.status')} value={filters.status} onChange={(v) => set('status', v)}
          options={STATUSES.map((s): [string, string] => [s, t(`status.${s}`)])} />
        <label className="inline"><input type="checkbox" id="awaiting" checked={filters.awaiting}
          onChange={(e) => set('awaiting', e.target.checked ? 'true' : '')} /> {t('queue.awaiting')}</label>
      </form>
      <Loaded state={state}>{(page) => {
        const needle = text.trim().toLocaleLowerCase('vi');
        const shown = page.content.filter((i) => (!filters.group || i.group === filters.group)
          && (!filters.advisingUnit || i.advisingUnitText === filters.advisingUnit)
          && (!filters.leader || sameText(i.directingLeader) === sameText(filters.leader))
          && (!filters.status || i.assessment?.status === filters.status)
          && (!needle || i.name.toLocaleLowerCase('vi').includes(needle)));
        return shown.length === 0 ? <p>{t('common.empty')}</p> : (
          <div className="table-wrap">
            <table id="indicator-list" className="responsive">
              <thead><tr>
                <th scope="col">#</th><th scope="col">{t('dashboard.indicator')}</th><th scope="col">{t('indicators.target')}</th>
                <th scope="col">{t('indicators.advisingUnit')}</th><th scope="col">{t('indicators.status')}</th>
              </tr></thead>
              <tbody>
                {shown.map((i) => (
                  <tr key={i.id} data-indicator={i.key}>
                    <td>{i.key}</td>
                    <td><Link to={`/indicators/${encodeURIComponent(i.id)}?year=${year}`}>{i.name}</Link></td>
                    <td data-label={t('indicators.target')}>{i.yearlyText || i.byEndText || i.target?.text || '—'}</td>
                    <td data-label={t('indicators.advisingUnit')}>{i.advisingUnitText ?? '—'}</td>
                    <td><StatusBadge status={i.assessment?.status ?? 'NO_DATA'} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      }}</Loaded>
    </>
  );
}
