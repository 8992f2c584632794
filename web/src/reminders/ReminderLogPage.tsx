import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { Loaded, useLoad } from '../app/ui';
import { formatDate, formatDateTime, type Language } from '../format/format';
import { hasRole, useMe } from '../session/session';

interface Delivery {
  channel: 'INBOX' | 'EMAIL' | 'DIGEST' | 'WEBHOOK';
  recipient: string | null;
  address: string | null;
  at: string;
  ok: boolean;
  error: string | null;
}

interface ReminderLine {
  id: string;
  item: { kind: 'DELIVERABLE' | 'INDICATOR_VALUE'; id: string; period: string | null; title: string | null } | null;
  dueDate: string;
  kind: 'BEFORE' | 'DUE' | 'OVERDUE' | 'ESCALATION';
  sendAt: string;
  status: 'PENDING' | 'SENDING' | 'SENT' | 'CANCELLED' | 'SUPERSEDED' | 'FAILED';
  note: string | null;
  attempts: number;
  deliveries: Delivery[];
}

/** Where a reminder's item lives in the application. */
function itemLink(item: NonNullable<ReminderLine['item']>): string {
  const id = encodeURIComponent(item.id);
  return item.kind === 'DELIVERABLE' ? `/tasks/${id}` : `/indicators/${id}${item.period ? `?year=${item.period.slice(0, 4)}` : ''}`;
}

/** One part of the log: what the service answers for a query, as a table (its id names it for tests and links). */
function ReminderTable({ id, query, empty }: { id: string; query: string; empty: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const state = useLoad(() => api<ReminderLine[]>(`/api/notifications/reminders?${query}`), query);
  return (
    <Loaded state={state}>{(lines) => lines.length === 0 ? <p className="muted" id={`${id}-empty`}>{empty}</p> : (
      <div className="table-wrap">
        <table id={id} className="responsive">
          <thead>
            <tr>
              <th scope="col">{t('reminderLog.sendAt')}</th><th scope="col">{t('reminderLog.item')}</th>
              <th scope="col">{t('reminderLog.dueDate')}</th><th scope="col">{t('reminderLog.kind')}</th>
              <th scope="col">{t('reminderLog.status')}</th><th scope="col">{t('reminderLog.deliveries')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((r) => (
              <tr key={r.id} data-status={r.status}>
                <td data-label={t('reminderLog.sendAt')}>{formatDateTime(r.sendAt, language)}</td>
                <td data-label={t('reminderLog.item')}>
                  {r.item ? <Link to={itemLink(r.item)}>{r.item.title ?? r.item.id}</Link> : '—'}
                  {r.item?.period && <> · {r.item.period}</>}
                </td>
                <td data-label={t('reminderLog.dueDate')}>{formatDate(r.dueDate, language)}</td>
                <td data-label={t('reminderLog.kind')}>{t(`reminderKind.${r.kind}`)}</td>
                <td data-label={t('reminderLog.status')}>
                  {t(`reminderStatus.${r.status}`)}
                  {r.attempts > 1 && <> · {t('reminderLog.attempts', { count: r.attempts })}</>}
                  {r.note && <><br /><small>{r.note}</small></>}
                </td>
                <td data-label={t('reminderLog.deliveries')}>
                  {r.deliveries.length === 0 ? '—' : (
                    <ul className="plain">
                      {r.deliveries.map((d, n) => (
                        <li key={n}>{t(`channel.${d.channel}`)} · {d.recipient ?? d.address ?? '—'} · {d.ok ? '✓' : `✗ ${d.error ?? ''}`}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}</Loaded>
  );
}

/**
 * The ward's reminders and what became of them (ward office and leaders), in the order the office works: those that
 * failed (a person must call the unit), those to be sent next (soonest first), those sent lately (newest first).
 */
export function ReminderLogPage() {
  const { t } = useTranslation();
  if (!hasRole(useMe(), 'ward-admin', 'ward-leader')) {
    // The service's rule, said once instead of by each of the three lists.
    return <p role="alert" className="alert">{t('errors.forbidden')}</p>;
  }
  return (
    <>
      <div className="page-head"><h1>{t('reminderLog.title')}</h1></div>
      <p className="muted">{t('reminderLog.intro')}</p>
      <section aria-labelledby="failed-heading">
        <h2 id="failed-heading">{t('reminderLog.failed')}</h2>
        <ReminderTable id="reminders-failed" query="status=FAILED&limit=100" empty={t('reminderLog.noneFailed')} />
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t('reminderLog.next')}</h2>
        <ReminderTable id="reminders-next" query="status=PENDING&order=NEXT&limit=30" empty={t('common.empty')} />
      </section>
      <section aria-labelledby="sent-heading">
        <h2 id="sent-heading">{t('reminderLog.sent')}</h2>
        <ReminderTable id="reminders-sent" query="status=SENT&limit=50" empty={t('common.empty')} />
      </section>
    </>
  );
}
