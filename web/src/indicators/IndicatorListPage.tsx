import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Page } from '../api/client';
import { Loaded, StatusBadge, YearSelect, defaultYear, distinct, useFilters, useLoad } from '../app/ui';
import type { Indicator } from './types';

const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

/** The plan's indicators with their status for a year, filtered by group, advising unit, leader and status. */
export function IndicatorListPage() {
  const { t } = useTranslation();
  const [params, set] = useFilters();
  const year = Number(params.get('year') ?? defaultYear());
  const filters = { group: params.get('group') ?? '', advisingUnit: params.get('advisingUnit') ?? '',
    leader: params.get('leader') ?? '', status: params.get('status') ?? '' };
  const [text, setText] = useState('');
  const state = useLoad(() => api<Page<Indicator>>(`/api/indicators?year=${year}&size=500`), String(year));

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
        <label>{t('indicators.group')}
          <select value={filters.group} onChange={(e) => set('group', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {options.group.map((g) => <option key={g}>{g}</option>)}
          </select>
        </label>
        <label>{t('indicators.advisingUnit')}
          <select value={filters.advisingUnit} onChange={(e) => set('advisingUnit', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {options.advisingUnit.map((g) => <option key={g}>{g}</option>)}
          </select>
        </label>
        <label>{t('indicators.leader')}
          <select value={filters.leader} onChange={(e) => set('leader', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {options.leader.map((g) => <option key={g}>{g}</option>)}
          </select>
        </label>
        <label>{t('indicators.status')}
          <select value={filters.status} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </label>
      </form>
      <Loaded state={state}>{(page) => {
        const needle = text.trim().toLocaleLowerCase('vi');
        const shown = page.content.filter((i) => (!filters.group || i.group === filters.group)
          && (!filters.advisingUnit || i.advisingUnitText === filters.advisingUnit)
          && (!filters.leader || i.directingLeader === filters.leader)
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
