import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ui';
import { formatNumber, type Language } from '../format/format';
import type { Indicator, IndicatorValue, TrippedCheck } from './types';
import {
  COMMENT_MAX, forgetDraft, recallDraft, rememberDraft, validateReturnComment, validateValue, type ValueDraft, type ValueErrors,
} from './valueForm';

interface Props {
  indicator: Indicator;
  year: number;
  current: IndicatorValue | null;
  canEnter: boolean;
  canApprove: boolean;
  onChanged: () => void;
}

/**
 * The advising unit enters and submits the year's value; the ward office approves it or returns it with a reason.
 * What is typed stays in the form (and in this tab's storage) until the service accepted it.
 */
export function ValueEntry({ indicator, year, current, canEnter, canApprove, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const period = String(year);
  const path = `/api/indicators/${encodeURIComponent(indicator.id)}/values/${period}`;
  const [draft, setDraft] = useState<ValueDraft>(() => recallDraft(indicator.id, period) ?? {
    value: current ? formatNumber(Number(current.value), language, 6).replace(/\s/g, '') : '',
    source: current?.source ?? '', note: current?.note ?? '',
  });
  const [errors, setErrors] = useState<ValueErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  /** The checks the typed value trips, as the service answered the last save; a reason is needed to send it. */
  const [tripped, setTripped] = useState<TrippedCheck[]>(current?.checks ?? []);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [reopenReason, setReopenReason] = useState('');
  const [reopenError, setReopenError] = useState<string | null>(null);
  const checkText = (c: TrippedCheck) => (language === 'en' ? c.messageEn : c.message);
  const editable = canEnter && (!current || current.status === 'DRAFT' || current.status === 'RETURNED');

  const change = (field: keyof ValueDraft, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    rememberDraft(indicator.id, period, next);
  };

  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      await action();
      setDone(message);
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const save = async (submit: boolean) => {
    const checked = validateValue(draft, language);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) {
      setDone(null); // an old "Đã lưu." must not stand beside a new error
      return;
    }
    setReasonError(null);
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const saved = await api<IndicatorValue>(path, { method: 'PUT',
        json: { value: checked.value, source: draft.source || null, note: draft.note || null } });
      const found = saved.checks ?? [];
      setTripped(found);
      forgetDraft(indicator.id, period);
      if (submit && found.length > 0 && reason.trim() === '') {
        // Saved, not sent: the unit says why the value is what it is, then sends it.
        setReasonError('checks.reasonRequired');
        onChanged();
        return;
      }
      if (submit) {
        await api(`${path}/submit`, { method: 'POST', json: found.length > 0 ? { reason: reason.trim() } : {} });
      }
      setDone(submit ? t('indicators.submitted') : t('common.saved'));
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const reopen = async () => {
    const problem = validateReturnComment(reopenReason);
    setReopenError(problem);
    if (!problem) {
      await run(() => api(`${path}/reopen`, { method: 'POST', json: { reason: reopenReason } }), t('checks.reopened'));
    }
  };

  // Enter in a field saves a draft; sending for approval is the button's alone.
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  const returnValue = async () => {
    const problem = validateReturnComment(comment);
    setCommentError(problem);
    if (!problem) {
      await run(() => api(`${path}/return`, { method: 'POST', json: { comment } }), t('indicators.returned'));
    }
  };

  const fieldError = (field: keyof ValueDraft) => errors[field]
    ? <span className="field-error" id={`${field}-error`}>{t(errors[field]!, { max: field === 'source' ? 500 : 2000 })}</span> : null;

  return (
    <section aria-labelledby="entry-heading" className="entry">
      <h2 id="entry-heading">{t('indicators.enter', { year })}</h2>
      {current?.status === 'RETURNED' && current.returnComment && (
        <p className="notice">{t('indicators.returnedWith', { comment: current.returnComment })}</p>
      )}
      {current && <p>{t('indicators.status')}: <strong id="value-status">{t(`valueStatus.${current.status}`)}</strong></p>}
      {!canEnter && (!current || current.status === 'DRAFT' || current.status === 'RETURNED') && (
        <p className="muted">{t('indicators.enteredBy', { unit: indicator.advisingUnitText ?? '—' })}</p>
      )}
      {failure ? <><ErrorMessage error={failure} /><p className="muted">{t('errors.kept')}</p></> : null}
      {done && <p role="status" className="success">{done}</p>}

      {editable && (
        <form onSubmit={onSubmit} noValidate id="value-form">
          <label htmlFor="value">{t('indicators.value')} ({indicator.measureUnit ?? ''})</label>
          <input id="value" name="value" inputMode="decimal" value={draft.value} aria-invalid={!!errors.value}
            aria-describedby={errors.value ? 'value-error' : undefined} onChange={(e) => change('value', e.target.value)} />
          {fieldError('value')}
          <label htmlFor="source">{t('indicators.source')}</label>
          <input id="source" name="source" value={draft.source} aria-invalid={!!errors.source}
            aria-describedby={errors.source ? 'source-error' : undefined} onChange={(e) => change('source', e.target.value)} />
          {fieldError('source')}
          <label htmlFor="note">{t('indicators.note')}</label>
          <textarea id="note" name="note" rows={3} value={draft.note} aria-invalid={!!errors.note}
            aria-describedby={errors.note ? 'note-error' : undefined} onChange={(e) => change('note', e.target.value)} />
          {fieldError('note')}
          {tripped.length > 0 && (
            <div className="notice" id="value-checks" role="alert">
              <strong>{t('checks.tripped')}</strong>
              <ul>{tripped.map((c) => <li key={c.kind} data-check={c.kind}>{checkText(c)}</li>)}</ul>
              <label htmlFor="check-reason">{t('checks.reason')}</label>
              <textarea id="check-reason" rows={2} maxLength={COMMENT_MAX + 1} value={reason} aria-invalid={!!reasonError}
                aria-describedby={reasonError ? 'check-reason-error' : undefined} onChange={(e) => setReason(e.target.value)} />
              {reasonError && <span className="field-error" id="check-reason-error">{t(reasonError)}</span>}
            </div>
          )}
          <div className="actions">
            <button type="submit" disabled={busy}>{t('indicators.saveDraft')}</button>
            <button type="button" className="primary" disabled={busy} onClick={() => void save(true)}>{t('indicators.submit')}</button>
          </div>
        </form>
      )}

      {canApprove && current?.status === 'SUBMITTED' && (current.checks?.length ?? 0) > 0 && (
        <div className="notice" id="submitted-checks">
          <strong>{t('checks.trippedForOffice')}</strong>
          <ul>{current.checks!.map((c) => <li key={c.kind} data-check={c.kind}>{checkText(c)}</li>)}</ul>
          {current.checkReason && <p>{t('checks.unitReason', { reason: current.checkReason })}</p>}
        </div>
      )}
      {canApprove && current?.status === 'APPROVED' && (
        <div className="review" id="reopen">
          <label htmlFor="reopen-reason">{t('checks.reopenReason')}</label>
          <textarea id="reopen-reason" rows={2} maxLength={COMMENT_MAX + 1} value={reopenReason} aria-invalid={!!reopenError}
            aria-describedby={reopenError ? 'reopen-error' : undefined} onChange={(e) => setReopenReason(e.target.value)} />
          {reopenError && <span className="field-error" id="reopen-error">{t(reopenError, { max: COMMENT_MAX })}</span>}
          <button type="button" disabled={busy} onClick={() => void reopen()}>{t('checks.reopen')}</button>
        </div>
      )}
      {canApprove && current?.status === 'SUBMITTED' && (
        <div className="review">
          <button type="button" className="primary" id="approve" disabled={busy}
            onClick={() => void run(() => api(`${path}/approve`, { method: 'POST' }), t('indicators.approved'))}>
            {t('indicators.approve')}
          </button>
          <label htmlFor="return-comment">{t('indicators.returnComment')}</label>
          <textarea id="return-comment" rows={2} maxLength={COMMENT_MAX + 1} value={comment} aria-invalid={!!commentError}
            aria-describedby={commentError ? 'return-error' : undefined} onChange={(e) => setComment(e.target.value)} />
          {commentError && <span className="field-error" id="return-error">{t(commentError, { max: COMMENT_MAX })}</span>}
          <button type="button" id="return" disabled={busy} onClick={() => void returnValue()}>{t('indicators.return')}</button>
        </div>
      )}
    </section>
  );
}
