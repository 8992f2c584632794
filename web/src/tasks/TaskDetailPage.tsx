import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { ExplanationPanel } from '../explanations/ExplanationPanel';
import { validateReturnComment } from '../indicators/valueForm';
import { ErrorMessage, Loaded, sameText, useLoad } from '../app/ui';
import { formatDate, formatDateTime, type Language } from '../format/format';
import { hasRole, useMe } from '../session/session';
import { validateProgress, type ProgressDraft } from './progressForm';
import type { Deliverable, Task } from './types';

/** A task with its deliverables: due dates, progress reports, submit for the lead unit, accept or return for the office. */
export function TaskDetailPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { id = '' } = useParams();
  const state = useLoad(() => api<Task>(`/api/tasks/${encodeURIComponent(id)}`), id);
  // Units by their names from the ward's directory, never by their codes; the plan's own wording is kept beside.
  const units = useLoad(() => api<{ code: string; name: string }[]>('/api/units'), 'units');
  const unitNames: Record<string, string> = Object.fromEntries((units.data ?? []).map((u) => [u.code, u.name]));
  const named = (ref: { code: string | null; text: string } | null) => !ref ? '—'
    : ref.code && unitNames[ref.code] && sameText(unitNames[ref.code]) !== sameText(ref.text)
      ? `${unitNames[ref.code]} (${t('tasks.asWritten', { text: ref.text })})` : ref.code && unitNames[ref.code] ? unitNames[ref.code] : ref.text;
  return (
    <>
      <p><Link to="/tasks">← {t('nav.tasks')}</Link></p>
      <Loaded state={state}>{(task) => (
        <article>
          <h1>{task.key}. {task.title}</h1>
          <dl className="facts">
            <dt>{t('tasks.field')}</dt><dd>{task.field ?? '—'}</dd>
            <dt>{t('tasks.leadUnit')}</dt><dd id="task-lead">{named(task.leadUnit)}</dd>
            <dt>{t('tasks.coordinating')}</dt><dd>{task.coordinatingUnits.map((u) => named(u)).join('; ') || '—'}</dd>
            <dt>{t('tasks.leader')}</dt><dd>{task.directingLeader ?? '—'}</dd>
            <dt>{t('tasks.period')}</dt><dd>{task.period ?? '—'}</dd>
            <dt>{t('tasks.output')}</dt><dd>{task.output ?? '—'}</dd>
            <dt>{t('tasks.reporting')}</dt><dd id="task-reporting">{task.reporting
              ? <>{t(task.reporting.cadence === 'PERIODIC' ? 'tasks.periodic' : 'tasks.oneOff')}
                {task.reporting.decidedBy === 'OFFICE' && ` (${t('tasks.decidedByOffice')})`}
                <small className="reason">{task.reporting.reason}</small></> : '—'}</dd>
          </dl>
          {hasRole(me, 'ward-admin') && <ReportingForm task={task} onSaved={state.reload} />}
          <h2>{t('tasks.deliverables')}</h2>
          {task.deliverables.map((d) => <DeliverableCard key={d.id} task={task} deliverable={d} onChanged={state.reload} unitNames={unitNames} />)}
          <ExplanationPanel subject={{ kind: 'TASK', id: task.id,
            deliverables: task.deliverables.map((d) => ({ id: d.id, label: d.label })) }} />
        </article>
      )}</Loaded>
    </>
  );
}

/** The ward office decides whether the task reports every period or delivers once; a re-import keeps its choice. */
function ReportingForm({ task, onSaved }: { task: Task; onSaved: () => void }) {
  const { t } = useTranslation();
  const [cadence, setCadence] = useState(task.reporting?.cadence === 'ONE_OFF' ? 'PERIODIC' : 'ONE_OFF');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <details className="reporting-change">
      <summary>{t('tasks.changeReporting')}</summary>
      <form id="reporting-form" onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setError('tasks.reasonRequired');
          return;
        }
        setFailure(null);
        api(`/api/tasks/${encodeURIComponent(task.id)}/reporting`, { method: 'PUT', json: { cadence, reason: reason.trim() } })
          .then(() => { setReason(''); onSaved(); }, setFailure);
      }} noValidate>
        <label htmlFor="reporting-cadence">{t('tasks.reporting')}</label>
        <select id="reporting-cadence" value={cadence} onChange={(e) => setCadence(e.target.value)}>
          <option value="PERIODIC">{t('tasks.periodic')}</option><option value="ONE_OFF">{t('tasks.oneOff')}</option>
        </select>
        <label htmlFor="reporting-reason">{t('tasks.reason')}</label>
        <input id="reporting-reason" value={reason} aria-invalid={!!error} onChange={(e) => { setReason(e.target.value); setError(null); }} />
        {error && <span className="field-error">{t(error)}</span>}
        <button type="submit">{t('tasks.saveReporting')}</button>
        {failure ? <ErrorMessage error={failure} /> : null}
      </form>
    </details>
  );
}

function DeliverableCard({ task, deliverable, onChanged, unitNames }:
  { task: Task; deliverable: Deliverable; onChanged: () => void; unitNames: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const me = useMe();
  const path = `/api/tasks/${encodeURIComponent(task.id)}/deliverables/${encodeURIComponent(deliverable.id)}`;
  const [draft, setDraft] = useState<ProgressDraft>({ text: '', percent: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof ProgressDraft, string>>>({});
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [moveTo, setMoveTo] = useState('');
  const [moveReason, setMoveReason] = useState('');
  const [moveError, setMoveError] = useState<string | null>(null);
  // The same rules task-service applies: the lead and coordinating units' officers report, the lead unit submits.
  const officer = hasRole(me, 'unit-officer') && me.unit !== null;
  const leads = officer && task.leadUnit?.code === me.unit;
  const involved = leads || (officer && task.coordinatingUnits.some((u) => u.code === me.unit));
  const open = deliverable.status === 'PLANNED' || deliverable.status === 'RETURNED' || deliverable.status === 'OVERDUE';

  const run = async (action: () => Promise<unknown>, after?: () => void) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      after?.();
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const sendProgress = () => {
    const checked = validateProgress(draft);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length === 0) {
      void run(() => api(`${path}/progress`, { method: 'POST', json: { text: draft.text, percent: checked.percent, attachments: [] } }),
        () => setDraft({ text: '', percent: '' }));
    }
  };

  // What the unit typed goes with the submission (kept as its last progress report), never dropped.
  const submitWithReport = () => {
    if (draft.text.trim() === '' && draft.percent.trim() === '') {
      void run(() => api(`${path}/submit`, { method: 'POST' }));
      return;
    }
    const checked = validateProgress(draft);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length === 0) {
      void run(() => api(`${path}/submit`, { method: 'POST', json: { text: draft.text, percent: checked.percent, attachments: [] } }),
        () => setDraft({ text: '', percent: '' }));
    }
  };

  const idBase = `d-${deliverable.id}`;
  return (
    <section className="deliverable" aria-labelledby={`${idBase}-h`} data-deliverable={deliverable.id}>
      <h3 id={`${idBase}-h`}>{deliverable.label} · {t('tasks.dueDate')} {formatDate(deliverable.dueDate, language)} ·{' '}
        <span data-deliverable-status={deliverable.status}>{t(`taskStatus.${deliverable.status}`)}</span></h3>
      {deliverable.reschedules.map((r, n) => (
        <p key={n} className="notice">{t('tasks.rescheduled', { from: formatDate(r.from, language), to: formatDate(r.to, language), reason: r.reason })}</p>
      ))}
      {deliverable.submittedOn && <p className="muted">{deliverable.receivedVia
        ? t('tasks.receivedVia', { date: formatDate(deliverable.submittedOn, language), via: t(`periods.via_.${deliverable.receivedVia}`) })
        : t('tasks.submittedOn', { date: formatDate(deliverable.submittedOn, language) })}</p>}
      {deliverable.returnComment && <p className="notice">{t('indicators.returnedWith', { comment: deliverable.returnComment })}</p>}
      {failure ? <><ErrorMessage error={failure} /><p className="muted">{t('errors.kept')}</p></> : null}
      {deliverable.progress.length > 0 && (
        <ol className="history" aria-label={t('tasks.progress')}>
          {deliverable.progress.map((p, n) => (
            <li key={n}><strong>{p.percent} %</strong> · {formatDateTime(p.at, language)} · {p.byName ?? p.by}{p.unit ? ` (${unitNames[p.unit] ?? p.unit})` : ''}<p>{p.text}</p></li>
          ))}
        </ol>
      )}
      {involved && open && (
        <form className="progress" onSubmit={(e) => { e.preventDefault(); sendProgress(); }} noValidate>
          <label htmlFor={`${idBase}-text`}>{t('tasks.progressText')}</label>
          <textarea id={`${idBase}-text`} rows={3} value={draft.text} aria-invalid={!!errors.text}
            aria-describedby={errors.text ? `${idBase}-text-error` : undefined}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
          {errors.text && <span className="field-error" id={`${idBase}-text-error`}>{t(errors.text, { max: 4000 })}</span>}
          <label htmlFor={`${idBase}-percent`}>{t('tasks.percent')}</label>
          <input id={`${idBase}-percent`} inputMode="numeric" value={draft.percent} aria-invalid={!!errors.percent}
            aria-describedby={errors.percent ? `${idBase}-percent-error` : undefined}
            onChange={(e) => setDraft({ ...draft, percent: e.target.value })} />
          {errors.percent && <span className="field-error" id={`${idBase}-percent-error`}>{t(errors.percent)}</span>}
          <div className="actions">
            <button type="submit" disabled={busy}>{t('tasks.addProgress')}</button>
            {leads && <button type="button" className="primary" disabled={busy} onClick={submitWithReport}>{t('tasks.submit')}</button>}
          </div>
        </form>
      )}
      {hasRole(me, 'ward-admin') && deliverable.status !== 'ACCEPTED' && (
        <details className="reschedule">
          <summary>{t('tasks.reschedule')}</summary>
          <form onSubmit={(e) => {
            e.preventDefault();
            const problem = !moveTo ? 'tasks.rescheduleDate' : !moveReason.trim() ? 'tasks.reasonRequired' : null;
            setMoveError(problem);
            if (!problem) {
              void run(() => api(`${path}/reschedule`, { method: 'POST', json: { dueDate: moveTo, reason: moveReason.trim() } }),
                () => { setMoveTo(''); setMoveReason(''); });
            }
          }} noValidate>
            <label htmlFor={`${idBase}-move-to`}>{t('tasks.newDueDate')}</label>
            <input id={`${idBase}-move-to`} type="date" value={moveTo} onChange={(e) => setMoveTo(e.target.value)} />
            <label htmlFor={`${idBase}-move-reason`}>{t('tasks.reason')}</label>
            <input id={`${idBase}-move-reason`} value={moveReason} onChange={(e) => setMoveReason(e.target.value)} />
            {moveError && <span className="field-error">{t(moveError)}</span>}
            <button type="submit" disabled={busy}>{t('tasks.reschedule')}</button>
          </form>
        </details>
      )}
      {hasRole(me, 'ward-admin') && deliverable.status === 'SUBMITTED' && (
        <div className="review">
          <button type="button" className="primary" disabled={busy}
            onClick={() => void run(() => api(`${path}/accept`, { method: 'POST' }))}>{t('tasks.accept')}</button>
          <label htmlFor={`${idBase}-comment`}>{t('tasks.comment')}</label>
          <textarea id={`${idBase}-comment`} rows={2} value={comment} aria-invalid={!!commentError}
            aria-describedby={commentError ? `${idBase}-comment-error` : undefined}
            onChange={(e) => { setComment(e.target.value); setCommentError(null); }} />
          {commentError && <span className="field-error" id={`${idBase}-comment-error`}>{t(commentError, { max: 2000 })}</span>}
          <button type="button" disabled={busy} onClick={() => {
            const problem = validateReturnComment(comment);
            setCommentError(problem);
            if (!problem) {
              void run(() => api(`${path}/return`, { method: 'POST', json: { comment } }), () => setComment(''));
            }
          }}>{t('tasks.return')}</button>
        </div>
      )}
      {hasRole(me, 'ward-admin') && deliverable.status === 'ACCEPTED' && (
        <div className="review" data-reopen>
          <label htmlFor={`${idBase}-reopen`}>{t('checks.reopenReportReason')}</label>
          <textarea id={`${idBase}-reopen`} rows={2} value={comment} aria-invalid={!!commentError}
            aria-describedby={commentError ? `${idBase}-reopen-error` : undefined}
            onChange={(e) => { setComment(e.target.value); setCommentError(null); }} />
          {commentError && <span className="field-error" id={`${idBase}-reopen-error`}>{t(commentError, { max: 2000 })}</span>}
          <button type="button" disabled={busy} onClick={() => {
            const problem = validateReturnComment(comment);
            setCommentError(problem);
            if (!problem) {
              void run(() => api(`${path}/reopen`, { method: 'POST', json: { reason: comment } }), () => setComment(''));
            }
          }}>{t('checks.reopen')}</button>
        </div>
      )}
    </section>
  );
}
