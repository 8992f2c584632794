import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import { ErrorMessage, Loaded, useLoad } from '../app/ui';
import { formatDate, type Language } from '../format/format';
import type { Frame, FrameIndicator, FrameVersion } from './types';

interface DocumentReading {
  dryRun: boolean;
  number: string | null;
  indicators: FrameIndicator[];
  warnings: { code: string; line: number; message: string }[];
  version: number | null;
}

/**
 * The city's planning staff keep the city's indicator frame: loaded from the city's plan (a dry run first), or edited
 * indicator by indicator; every save is a new version, and every ward's mapping is proposed again against it.
 */
export function FramePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const state = useLoad(async () => {
    const frame = await api<Frame>('/api/indicator-frame').catch((e) => {
      if (e instanceof ApiError && e.status === 404) {
        return null;
      }
      throw e;
    });
    return { frame, versions: await api<FrameVersion[]>('/api/indicator-frame/versions') };
  }, 'frame');
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState<DocumentReading | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (dryRun: boolean) => {
    if (!file) {
      return;
    }
    setBusy(true);
    setFailure(null);
    const form = new FormData();
    form.append('file', file);
    try {
      const read = await api<DocumentReading>(`/api/indicator-frame/document?dryRun=${dryRun}`, { method: 'POST', body: form });
      setReading(dryRun ? read : null);
      if (!dryRun) {
        setSaved(read.version);
        state.reload();
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('frame.title')}</h1>
      <p className="muted">{t('frame.intro')}</p>
      {saved !== null && <p role="status" id="frame-saved">{t('frame.saved', { version: saved })}</p>}
      <form onSubmit={(e: FormEvent) => { e.preventDefault(); void upload(true); }} noValidate>
        <label htmlFor="frame-file">{t('frame.file')}</label>
        <input id="frame-file" type="file" accept=".docx,.xlsx,.txt" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReading(null); }} />
        <div className="actions"><button type="submit" disabled={busy || !file}>{t('frame.preview')}</button></div>
      </form>
      {failure ? <ErrorMessage error={failure} /> : null}
      {reading && (
        <section aria-labelledby="frame-preview-heading">
          <h2 id="frame-preview-heading">{t('frame.previewTitle', { number: reading.number ?? '—', count: reading.indicators.length })}</h2>
          {reading.warnings.length > 0 && <ul className="warnings">{reading.warnings.map((w, n) => <li key={n}>{w.message}</li>)}</ul>}
          <FrameTable indicators={reading.indicators} />
          <div className="actions"><button type="button" className="primary" disabled={busy} onClick={() => void upload(false)}>
            {t('frame.save')}</button></div>
        </section>
      )}
      <Loaded state={state}>{({ frame, versions }) => (
        <>
          {frame ? (
            <section aria-labelledby="frame-current-heading">
              <h2 id="frame-current-heading">{t('frame.current')}</h2>
              <p id="frame-version">{t('frame.versionLine', { version: frame.version, source: frame.source })}
                {' · '}{frame.changedBy} · {formatDate(frame.changedAt, language)}</p>
              <FrameEditor frame={frame} onSaved={(v) => { setSaved(v); state.reload(); }} />
            </section>
          ) : <p id="frame-none">{t('frame.none')}</p>}
          {versions.length > 0 && (
            <section aria-labelledby="frame-history-heading">
              <h2 id="frame-history-heading">{t('frame.history')}</h2>
              <ul id="frame-history">{versions.map((v) => (
                <li key={v.version}>{t('frame.versionLine', { version: v.version, source: v.source })} · {v.changedBy} ·{' '}
                  {formatDate(v.changedAt, language)} · {t('frame.count', { count: v.indicators })}</li>
              ))}</ul>
            </section>
          )}
        </>
      )}</Loaded>
    </>
  );
}

function FrameTable({ indicators }: { indicators: FrameIndicator[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table id="frame-preview" className="responsive">
        <thead><tr><th scope="col">{t('frame.code')}</th><th scope="col">{t('frame.name')}</th><th scope="col">{t('frame.unit')}</th>
          <th scope="col">{t('frame.cityTarget')}</th><th scope="col">{t('frame.direction')}</th></tr></thead>
        <tbody>{indicators.map((i) => (
          <tr key={i.code} data-frame={i.code} className={i.parentCode ? 'sub' : undefined}><td>{i.code}</td><td>{i.name}</td>
            <td data-label={t('frame.unit')}>{i.measureUnit ?? '—'}</td><td data-label={t('frame.cityTarget')}>{i.cityTarget ?? '—'}</td>
            <td data-label={t('frame.direction')}>{t(`frame.directions.${i.direction}`)}</td></tr>
        ))}</tbody>
      </table>
    </div>
  );
}

/** The current frame as a form: each indicator's wording, unit, group and the city's target; rows added or removed. */
function FrameEditor({ frame, onSaved }: { frame: Frame; onSaved: (version: number) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<FrameIndicator[]>(frame.indicators);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const change = (n: number, field: keyof FrameIndicator, value: string) =>
    setRows((all) => all.map((r, i) => (i === n ? { ...r, [field]: value } : r)));
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const stored = await api<Frame>('/api/indicator-frame', { method: 'PUT', json: { indicators: rows.map(
        ({ code, parentCode, group, name, measureUnit, direction, targetKind, cityTarget }) =>
          ({ code, parentCode: parentCode || null, group, name, measureUnit, direction, targetKind, cityTarget })) } });
      onSaved(stored.version);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={save} id="frame-editor">
      <div className="table-wrap">
        <table className="responsive">
          <thead><tr><th scope="col">{t('frame.code')}</th><th scope="col">{t('frame.parent')}</th><th scope="col">{t('frame.name')}</th>
            <th scope="col">{t('frame.unit')}</th><th scope="col">{t('frame.group')}</th><th scope="col">{t('frame.cityTarget')}</th>
            <th scope="col">{t('frame.direction')}</th><th scope="col"><span className="sr-only">{t('frame.remove')}</span></th></tr></thead>
          <tbody>{rows.map((r, n) => (
            <tr key={n} data-frame-row={r.code}>
              <td><input aria-label={t('frame.code')} value={r.code} size={5} onChange={(e) => change(n, 'code', e.target.value)} /></td>
              <td><input aria-label={t('frame.parent')} value={r.parentCode ?? ''} size={4} onChange={(e) => change(n, 'parentCode', e.target.value)} /></td>
              <td><input aria-label={t('frame.name')} value={r.name} size={40} onChange={(e) => change(n, 'name', e.target.value)} /></td>
              <td><input aria-label={t('frame.unit')} value={r.measureUnit ?? ''} size={6} onChange={(e) => change(n, 'measureUnit', e.target.value)} /></td>
              <td><input aria-label={t('frame.group')} value={r.group ?? ''} size={14} onChange={(e) => change(n, 'group', e.target.value)} /></td>
              <td><input aria-label={t('frame.cityTarget')} value={r.cityTarget ?? ''} size={10} onChange={(e) => change(n, 'cityTarget', e.target.value)} /></td>
              <td><select aria-label={t('frame.direction')} value={r.direction} onChange={(e) => change(n, 'direction', e.target.value)}>
                {(['UP', 'DOWN', 'KEEP'] as const).map((d) => <option key={d} value={d}>{t(`frame.directions.${d}`)}</option>)}</select></td>
              <td><button type="button" className="link" onClick={() => setRows((all) => all.filter((_, i) => i !== n))}>{t('frame.remove')}</button></td>
            </tr>
          ))}</tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={() => setRows((all) => [...all, { code: '', parentCode: null, position: all.length + 1, group: null,
          name: '', measureUnit: '%', direction: 'UP', targetKind: null, cityTarget: null }])}>{t('frame.add')}</button>
        <button type="submit" className="primary" disabled={busy}>{t('frame.saveEdits')}</button>
      </div>
      {failure ? <ErrorMessage error={failure} /> : null}
    </form>
  );
}
