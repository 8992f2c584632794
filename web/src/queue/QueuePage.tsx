import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { ErrorMessage, Loaded, useLoad } from '../app/ui';
import { formatDate, formatNumber, type Language } from '../format/format';
import { hasRole, useMe } from '../session/session';

/** One item that waits for the ward office (GET /api/reports/wards/{ward}/queue). */
export interface Waiting {
  kind: 'VALUE' | 'DELIVERABLE';
  itemId: string;
  period: string;
  key: string | null;
  title: string;
  unit: string | null;
  value: number | null;
  submittedAt: string;
  daysWaiting: number;
  dueDate: string | null;
  link: string;
  /** For a value: the checks it tripped when submitted, and the unit's reason for them. */
  checks?: string[];
  checkReason?: string | null;
}

/**
 * The ward office's queue: every value and report a unit submitted that waits for a decision, the oldest first, with
 * how long it has waited; the office approves, accepts or returns it (with a reason) in place. Leaders read it.
 */
export function QueuePage() {
  const { t } = useTranslation();
  const me = useMe();
  const state = useLoad(() => api<{ count: number; items: Waiting[] }>(`/api/reports/wards/${encodeURIComponent(me.ward ?? '')}/queue`),
    me.ward ?? '');
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p className="muted">{t('queue.intro')}</p>
      <Loaded state={state}>{(q) => q.items.length === 0 ? <p>{t('queue.empty')}</p> : (
        <ul className="owed" id="queue">
          {q.items.map((w) => <QueueItem key={`${w.kind}-${w.itemId}-${w.period}`} item={w} office={hasRole(me, 'ward-admin')} />)}
        </ul>
      )}</Loaded>
    </>
  );
}

function QueueItem({ item, office }: { item: Waiting; office: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [done, setDone] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const path = item.kind === 'VALUE'
    ? `/api/indicators/${encodeURIComponent(item.itemId)}/values/${encodeURIComponent(item.period)}`
    : `/api/tasks/${encodeURIComponent(item.itemId)}/deliverables/${encodeURIComponent(item.period)}`;
  const act = async (action: 'approve' | 'accept' | 'return') => {
    if (action === 'return' && !reason.trim()) {
      setError('queue.reasonRequired');
      return;
    }
    setFailure(null);
    try {
      await api(`${path}/${action}`, { method: 'POST', json: action === 'return' ? { comment: reason.trim() } : undefined });
      setDone(t(action === 'return' ? 'queue.returned' : item.kind === 'VALUE' ? 'queue.approved' : 'queue.accepted'));
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <li className={item.daysWaiting > 5 ? 'late' : ''} data-waiting={`${item.kind}:${item.itemId}:${item.period}`}>
      <Link to={item.link}>{item.key ? `${item.key}. ` : ''}{item.title}</Link>
      <span className="muted"> · {t(`queue.kinds.${item.kind}`)} · {item.period}{item.unit ? ` · ${item.unit}` : ''}
        {item.value !== null ? ` · ${formatNumber(item.value, language)}` : ''}
        {item.dueDate ? ` · ${t('periods.due')} ${formatDate(item.dueDate, language)}` : ''}</span>
      {' '}<strong data-days>{t('queue.waiting', { count: item.daysWaiting })}</strong>
      {item.checks && item.checks.length > 0 && (
        <div className="notice" data-checks>
          <strong>{t('checks.trippedForOffice')}</strong>
          <ul>{item.checks.map((c) => <li key={c}>{c}</li>)}</ul>
          {item.checkReason && <p>{t('checks.unitReason', { reason: item.checkReason })}</p>}
        </div>
      )}
      {done ? <p role="status">{done}</p> : office && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void act(item.kind === 'VALUE' ? 'approve' : 'accept')}>
            {t(item.kind === 'VALUE' ? 'indicators.approve' : 'tasks.accept')}</button>
          {!returning ? <button type="button" onClick={() => setReturning(true)}>{t('tasks.return')}</button> : (
            <>
              <label htmlFor={`reason-${item.itemId}-${item.period}`}>{t('tasks.comment')}</label>
              <input id={`reason-${item.itemId}-${item.period}`} value={reason} aria-invalid={!!error}
                onChange={(e) => { setReason(e.target.value); setError(null); }} />
              <button type="button" onClick={() => void act('return')}>{t('tasks.return')}</button>
              {error && <span className="field-error">{t(error)}</span>}
            </>
          )}
        </div>
      )}
      {failure ? <ErrorMessage error={failure} /> : null}
    </li>
  );
}
