import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Page } from '../api/client';
import { FilterSelect, Loaded, YearSelect, defaultYear, distinct, sameText, useFilters, useLoad } from '../app/ui';
import { formatDate, type Language } from '../format/format';
import type { Task } from './types';

const STATUSES = ['PLANNED', 'SUBMITTED', 'RETURNED', 'OVERDUE', 'ACCEPTED'] as const;

/** The deliverable of the year that matters now: the first still open (by due date), else the year's last. */
export function deliverableInYear(task: Task, year: number): Task['deliverables'][number] | undefined {
  const ofYear = task.deliverables.filter((d) => d.year === year).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return ofYear.find((d) => d.status === 'PLANNED' || d.status === 'RETURNED' || d.status === 'OVERDUE') ?? ofYear.at(-1);
}

/** The status of a task in a year: that of its deliverable of the year that matters now, if it has one. */
export function statusInYear(task: Task, year: number): string | null {
  return deliverableInYear(task, year)?.status ?? null;
}

/** The ward's tasks as a list or a board by the year's status, filtered by field, unit, leader and status. */
export function TaskListPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [params, set] = useFilters();
  const year = Number(params.get('year') ?? defaultYear());
  const view = params.get('view') === 'board' ? 'board' : 'list';
  const filter = { field: params.get('field') ?? '', unit: params.get('unit') ?? '', leader: params.get('leader') ?? '',
    status: params.get('status') ?? '' };
  const state = useLoad(() => api<Page<Task>>('/api/tasks?size=500'), 'tasks');

  const options = useMemo(() => {
    const all = state.data?.content ?? [];
    const fields = distinct(all, (x) => x.field);
    const units = new Map<string, string>();
    all.forEach((x) => [x.leadUnit, ...x.coordinatingUnits].forEach((u) => u?.code && units.set(u.code, u.text)));
    const leaders = distinct(all, (x) => x.directingLeader);
    return { fields, units: [...units.entries()].sort((a, b) => a[1].localeCompare(b[1], 'vi')) as [string, string][], leaders };
  }, [state.data]);

  return (
    <>
      <div className="page-head">
        <h1>{t('tasks.title')}</h1>
        <YearSelect value={year} onChange={(y) => set('year', String(y))} />
        <div className="toggle" role="group" aria-label={t('tasks.title')}>
          <button type="button" aria-pressed={view === 'list'} onClick={() => set('view', '')}>{t('tasks.list')}</button>
          <button type="button" aria-pressed={view === 'board'} onClick={() => set('view', 'board')}>{t('tasks.board')}</button>
        </div>
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label={t('tasks.field')} value={filter.field} options={options.fields} onChange={(v) => set('field', v)} />
        <FilterSelect label={`${t('tasks.leadUnit')} / ${t('tasks.coordinating')}`} value={filter.unit} options={options.units}
          onChange={(v) => set('unit', v)} />
        <FilterSelect label={t('tasks.leader')} value={filter.leader} options={options.leaders} onChange={(v) => set('leader', v)} />
        <FilterSelect label={t('tasks.state')} value={filter.status} onChange={(v) => set('status', v)}
          options={STATUSES.map((s): [string, string] => [s, t(`taskStatus.${s}`)])} />
      </form>
      <Loaded state={state}>{(page) => {
        const shown = page.content.filter((x) => (!filter.field || x.field === filter.field)
          && (!filter.unit || x.leadUnit?.code === filter.unit || x.coordinatingUnits.some((u) => u.code === filter.unit))
          && (!filter.leader || sameText(x.directingLeader) === sameText(filter.leader))
          && (!filter.status || statusInYear(x, year) === filter.status));
        if (shown.length === 0) {
          return <p>{t('common.empty')}</p>;
        }
        if (view === 'board') {
          return (
            <div className="board">
              {STATUSES.map((s) => {
                const column = shown.filter((x) => statusInYear(x, year) === s);
                return (
                  <section key={s} aria-labelledby={`col-${s}`} className="column">
                    <h2 id={`col-${s}`}>{t(`taskStatus.${s}`)} <span className="count">{column.length}</span></h2>
                    <ul>
                      {column.map((x) => (
                        <li key={x.id} className="card">
                          <Link to={`/tasks/${encodeURIComponent(x.id)}`}>{x.key}. {x.title}</Link>
                          <small>{x.leadUnit?.text}</small>
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
          );
        }
        return (
          <div className="table-wrap">
            <table id="task-list" className="responsive">
              <thead><tr><th scope="col">#</th><th scope="col">{t('dashboard.task')}</th><th scope="col">{t('tasks.leadUnit')}</th>
                <th scope="col">{t('tasks.dueDate')} {year}</th><th scope="col">{t('tasks.state')}</th></tr></thead>
              <tbody>
                {shown.map((x) => {
                  const deliverable = deliverableInYear(x, year);
                  return (
                    <tr key={x.id} data-task={x.key}>
                      <td>{x.key}</td>
                      <td><Link to={`/tasks/${encodeURIComponent(x.id)}`}>{x.title}</Link>{x.field && <small>{x.field}</small>}</td>
                      <td data-label={t('tasks.leadUnit')}>{x.leadUnit?.text ?? '—'}</td>
                      <td data-label={`${t('tasks.dueDate')} ${year}`}>{deliverable ? <>{formatDate(deliverable.dueDate, language)}<small>{deliverable.label}</small></> : '—'}</td>
                      <td data-label={t('tasks.state')}>{deliverable ? t(`taskStatus.${deliverable.status}`) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      }}</Loaded>
    </>
  );
}
