import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { Loaded, useLoad } from '../app/ui';
import { formatDateTime, type Language } from '../format/format';

interface Inbox {
  unread: number;
  messages: { id: string; title: string; body: string; link: string | null; late: boolean; createdAt: string; read: boolean }[];
}

/** The reminders sent to the official: newest first, unread marked, each leading to its task or indicator. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const state = useLoad(() => api<Inbox>('/api/notifications/inbox'), 'inbox');
  const markRead = (id: string) => api(`/api/notifications/inbox/${encodeURIComponent(id)}/read`, { method: 'POST' }).then(state.reload);
  const markAll = () => api('/api/notifications/inbox/read-all', { method: 'POST' }).then(state.reload);
  return (
    <>
      <div className="page-head">
        <h1>{t('inbox.title')}</h1>
        {state.data && state.data.unread > 0 && <button type="button" onClick={() => void markAll()}>{t('inbox.markAllRead')}</button>}
      </div>
      <Loaded state={state}>{(inbox) => inbox.messages.length === 0 ? <p>{t('inbox.empty')}</p> : (
        <>
          <p>{t('inbox.unread', { count: inbox.unread })}</p>
          <ul className="inbox">
            {inbox.messages.map((m) => (
              <li key={m.id} className={`card ${m.read ? '' : 'unread'} ${m.late ? 'late' : ''}`}>
                <h2>{m.title}</h2>
                <p>{m.body}</p>
                <small>{formatDateTime(m.createdAt, language)}</small>
                <div className="actions">
                  {m.link && <Link to={inAppPath(m.link)} onClick={() => void markRead(m.id)}>{t('inbox.open')}</Link>}
                  {!m.read && <button type="button" onClick={() => void markRead(m.id)}>{t('inbox.markRead')}</button>}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}</Loaded>
    </>
  );
}

/** The application's own path of a message's link; older messages carry the e-mail's absolute URL. */
export function inAppPath(link: string): string {
  try {
    const url = new URL(link, window.location.origin);
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}
