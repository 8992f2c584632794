import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage, Loaded, useLoad } from '../app/ui';
import { formatDateTime, type Language } from '../format/format';
import type { IndicatorComment } from './types';
import { LEADER_COMMENT_MAX, validateLeaderComment } from './valueForm';

/**
 * The leaders' and the ward office's comments on an indicator, every year's, oldest first; those who may write
 * (ward-leader, ward-admin — the service's rule) add one about the year on screen. What is typed stays until saved.
 */
export function Comments({ indicatorId, year, canComment }: { indicatorId: string; year: number; canComment: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const path = `/api/indicators/${encodeURIComponent(indicatorId)}/comments`;
  const state = useLoad(() => api<IndicatorComment[]>(path), indicatorId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = validateLeaderComment(text);
    setError(problem);
    setFailure(null);
    if (problem) {
      return;
    }
    setBusy(true);
    try {
      await api(path, { method: 'POST', json: { text, year } });
      setText('');
      state.reload();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('indicators.comments')}</h2>
      <Loaded state={state}>{(comments) => comments.length === 0
        ? <p className="muted">{t('indicators.noComments')}</p>
        : (
          <ol className="comments" id="comments">
            {comments.map((c) => (
              <li key={c.id} data-year={c.year ?? ''}>
                <p className="muted">{c.displayName ?? c.by} · {formatDateTime(c.at, language)}
                  {c.year != null && <> · {t('common.year')} {c.year}</>}</p>
                <p>{c.text}</p>
              </li>
            ))}
          </ol>
        )}</Loaded>
      {canComment && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate id="comment-form">
          <label htmlFor="comment-text">{t('indicators.addComment', { year })}</label>
          <textarea id="comment-text" rows={3} maxLength={LEADER_COMMENT_MAX + 1} value={text} aria-invalid={!!error}
            aria-describedby={error ? 'comment-error' : undefined} onChange={(e) => setText(e.target.value)} />
          {error && <span className="field-error" id="comment-error">{t(error, { max: LEADER_COMMENT_MAX })}</span>}
          {failure ? <><ErrorMessage error={failure} /><p className="muted">{t('errors.kept')}</p></> : null}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>{t('indicators.sendComment')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
