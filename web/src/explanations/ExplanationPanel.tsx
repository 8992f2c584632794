import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { ErrorMessage, Loaded, useLoad } from '../app/ui';
import { formatDate, type Language } from '../format/format';
import { hasRole, useMe } from '../session/session';

export interface ExplanationRequest {
  id: string;
  subjectKind: 'INDICATOR' | 'TASK' | 'DELIVERABLE' | 'WARD';
  subjectId: string;
  subjectTitle: string;
  link: string;
  unit: string;
  askedBy: string;
  askedByName: string;
  askedAt: string;
  answerDue: string;
  status: 'OPEN' | 'ANSWERED' | 'CLOSED';
  exchanges: { kind: 'QUESTION' | 'ANSWER'; text: string; attachments: string[]; by: string; byName: string; at: string }[];
}

/** What a request can be about: the indicator or task itself, or (on a task) one of its reports. */
export interface ExplanationSubject {
  kind: 'INDICATOR' | 'TASK' | 'WARD';
  id: string;
  /** For a task: its reports, any of which the asker may choose instead of the task as a whole. */
  deliverables?: { id: string; label: string }[];
  /** For a city viewer asking a ward (kind WARD): the ward. */
  ward?: string;
}

/**
 * Requests for explanation about one indicator, task (or one of its reports) or, from the city, a ward: leaders and the
 * office ask (a city viewer asks the ward's office); the unit asked answers; the asker closes the request or asks again.
 * Every question and answer stays in order.
 */
export function ExplanationPanel({ subject, hideWhenEmpty = false }: { subject: ExplanationSubject; hideWhenEmpty?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const wardQuery = subject.ward ? `&ward=${encodeURIComponent(subject.ward)}` : '';
  const state = useLoad(() => api<ExplanationRequest[]>(
    `/api/notifications/explanations?subject=${encodeURIComponent(subject.id)}${wardQuery}`), subject.id);
  const [question, setQuestion] = useState('');
  const [about, setAbout] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const asks = subject.kind === 'WARD' ? hasRole(me, 'city-viewer') && !me.ward : hasRole(me, 'ward-leader', 'ward-admin');
  const ask = async () => {
    if (!question.trim()) {
      setError('explanations.questionRequired');
      return;
    }
    setError(null);
    setFailure(null);
    try {
      const json = about
        ? { subjectKind: 'DELIVERABLE', subjectId: `${subject.id}/${about}`, question: question.trim() }
        : { subjectKind: subject.kind, subjectId: subject.id, question: question.trim(), ward: subject.ward };
      await api('/api/notifications/explanations', { method: 'POST', json });
      setQuestion('');
      setAbout('');
      state.reload();
    } catch (e) {
      setFailure(e);
    }
  };
  if (hideWhenEmpty && !asks && (state.data ?? []).length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="explanations-heading" id="explanations">
      <h2 id="explanations-heading">{t('explanations.title')}</h2>
      <Loaded state={state}>{(requests) => (
        <>
          {requests.length === 0 && <p className="muted">{t('explanations.none')}</p>}
          {requests.map((r) => <Request key={r.id} request={r} ward={subject.ward} onChanged={state.reload} />)}
        </>
      )}</Loaded>
      {asks && (
        <div className="entry" id="explanation-ask">
          {subject.deliverables && subject.deliverables.length > 0 && (
            <>
              <label htmlFor="explanation-about">{t('explanations.about')}</label>
              <select id="explanation-about" value={about} onChange={(e) => setAbout(e.target.value)}>
                <option value="">{t('explanations.aboutTask')}</option>
                {subject.deliverables.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
              </select>
            </>
          )}
          <label htmlFor="explanation-question">{t('explanations.question')}</label>
          <textarea id="explanation-question" rows={2} value={question} aria-invalid={!!error}
            aria-describedby={error ? 'explanation-question-error' : undefined} onChange={(e) => setQuestion(e.target.value)} />
          {error && <span className="field-error" id="explanation-question-error">{t(error)}</span>}
          <div className="actions"><button type="button" onClick={() => void ask()}>{t('explanations.ask')}</button></div>
          {failure ? <ErrorMessage error={failure} /> : null}
        </div>
      )}
    </section>
  );
}

function Request({ request, ward, onChanged }: { request: ExplanationRequest; ward?: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const me = useMe();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const answers = request.status === 'OPEN' && (me.unit === request.unit && hasRole(me, 'unit-officer')
    || request.subjectKind === 'WARD' && hasRole(me, 'ward-admin'));
  const asker = me.username === request.askedBy && request.status !== 'CLOSED';
  const act = async (path: string, body?: unknown) => {
    setFailure(null);
    try {
      const where = ward ? `?ward=${encodeURIComponent(ward)}` : '';
      await api(`/api/notifications/explanations/${encodeURIComponent(request.id)}/${path}${where}`, { method: 'POST', json: body });
      setText('');
      onChanged();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <article className="explanation" data-explanation={request.id} data-status={request.status}>
      <p><strong>{t(`explanations.status.${request.status}`)}</strong>
        {request.subjectKind === 'DELIVERABLE' && <> · {request.subjectTitle}</>}
        {request.status === 'OPEN' && <> · {t('explanations.due', { date: formatDate(request.answerDue, language) })}</>}</p>
      <ol>{request.exchanges.map((x, n) => (
        <li key={n} data-kind={x.kind}><span className="muted">{t(`explanations.kind.${x.kind}`)} · {x.byName} · {formatDate(x.at, language)}:</span>{' '}
          {x.text}{x.attachments.length > 0 && <small className="reason">{t('explanations.attachments')}: {x.attachments.join('; ')}</small>}</li>
      ))}</ol>
      {(answers || asker) && (
        <div className="entry">
          <label htmlFor={`explanation-${request.id}`}>{answers ? t('explanations.answer') : t('explanations.again')}</label>
          <textarea id={`explanation-${request.id}`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="actions">
            {answers && <button type="button" className="primary" disabled={!text.trim()}
              onClick={() => void act('answer', { text: text.trim(), attachments: [] })}>{t('explanations.send')}</button>}
            {asker && request.status === 'ANSWERED' && <button type="button" disabled={!text.trim()}
              onClick={() => void act('ask-again', { question: text.trim() })}>{t('explanations.askAgain')}</button>}
            {asker && <button type="button" onClick={() => void act('close')}>{t('explanations.close')}</button>}
          </div>
        </div>
      )}
      {failure ? <ErrorMessage error={failure} /> : null}
    </article>
  );
}

/** The explanations the officer's unit owes, on its first screen. */
export function ExplanationsDue() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const me = useMe();
  const state = useLoad(() => api<ExplanationRequest[]>('/api/notifications/explanations?status=OPEN'), me.unit ?? '');
  const mine = (state.data ?? []).filter((r) => r.unit === me.unit);
  if (mine.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="explanations-due-heading" id="explanations-due" className="notice">
      <h2 id="explanations-due-heading">{t('explanations.waiting', { count: mine.length })}</h2>
      <ul>{mine.map((r) => (
        <li key={r.id}><Link to={r.link}>{r.subjectTitle}</Link> — {r.exchanges.at(-1)?.text}
          {' '}<small>({t('explanations.due', { date: formatDate(r.answerDue, language) })})</small></li>
      ))}</ul>
    </section>
  );
}
