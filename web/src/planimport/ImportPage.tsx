import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ui';
import { formatDate, type Language } from '../format/format';
import { UnitMapping, type UnresolvedUnit } from './UnitMapping';

interface Counts {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

interface ImportReport {
  dryRun: boolean;
  plan: { number: string; issuedOn: string; title: string; startYear: number; endYear: number; signer: string };
  indicators: Counts;
  tasks: Counts;
  unresolvedUnits: UnresolvedUnit[];
  warnings: { code: string; line: number; message: string }[];
  mappings: { key: string; name: string; state: 'AUTO' | 'CONFIRMED' | 'PROPOSED' | 'WARD_ONLY'; frameCode: string | null;
    frameName: string | null; confidence: number | null; reason: string | null }[];
  bodyTargets: { key: string; line: number; name: string; measureUnit: string; targetText: string; sentence: string }[];
  indicatorRows: { key: string; fromBody: boolean; advisingUnit: { code: string | null } | null }[];
  taskRows: {
    key: string; title: string; leadUnit: { text: string } | null; change: string;
    reporting: { cadence: 'PERIODIC' | 'ONE_OFF'; reason: string; decidedBy: string } | null;
    deliverables: { id: string; dueDate: string }[];
  }[];
}

/** The ward office uploads the plan as issued, reads every warning of a dry run, then commits it. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stored, setStored] = useState<UnresolvedUnit[]>([]);
  const [effectiveFrom, setEffectiveFrom] = useState('');
  /** The body targets the office keeps, each with the unit that advises on it. */
  const [accepted, setAccepted] = useState<Record<string, string>>({});
  const [units, setUnits] = useState<{ code: string; name: string }[]>([]);
  useEffect(() => {
    api<{ code: string; name: string }[]>('/api/units').then(setUnits).catch(() => setUnits([]));
  }, []);
  const loadStored = useCallback(() => {
    api<UnresolvedUnit[]>('/api/plans/unresolved-units').then(setStored).catch(() => setStored([]));
  }, []);
  useEffect(loadStored, [loadStored]);

  const send = async (dryRun: boolean) => {
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setFailure(null);
    const form = new FormData();
    form.append('file', file);
    const query = new URLSearchParams({ dryRun: String(dryRun) });
    if (effectiveFrom) {
      query.set('effectiveFrom', effectiveFrom);
    }
    Object.entries(accepted).forEach(([key, unit]) => query.append('bodyTargets', unit ? `${key}:${unit}` : key));
    try {
      setReport(await api<ImportReport>(`/api/plans/import?${query}`, { method: 'POST', body: form }));
      loadStored();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const onPreview = (e: FormEvent) => {
    e.preventDefault();
    void send(true);
  };

  return (
    <>
      <h1>{t('planImport.title')}</h1>
      <p id="plan-templates">{t('planImport.templates')}{' '}
        <a href="/assets/templates/ke-hoach-mau.docx" download>{t('planImport.templateWord')}</a>{' · '}
        <a href="/assets/templates/ke-hoach-mau.xlsx" download>{t('planImport.templateExcel')}</a>
      </p>
      <form onSubmit={onPreview} noValidate>
        <label htmlFor="plan-file">{t('planImport.file')}</label>
        <input id="plan-file" type="file" accept=".docx,.xlsx,.txt" aria-invalid={missing}
          aria-describedby={missing ? 'plan-file-error' : undefined}
          onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); }} />
        {missing && <span className="field-error" id="plan-file-error">{t('planImport.chooseFile')}</span>}
        <label htmlFor="effective-from">{t('planImport.effectiveFrom')}</label>
        <input id="effective-from" type="number" inputMode="numeric" min={2027} max={2030} value={effectiveFrom}
          aria-describedby="effective-from-hint" onChange={(e) => setEffectiveFrom(e.target.value)} />
        <small id="effective-from-hint" className="muted">{t('planImport.effectiveHint')}</small>
        <div className="actions"><button type="submit" disabled={busy}>{t('planImport.preview')}</button></div>
      </form>
      {failure ? <ErrorMessage error={failure} /> : null}
      {!report && <UnitMapping unresolved={stored} onMapped={loadStored} />}
      {report && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{report.dryRun ? t('planImport.previewTitle') : t('planImport.committed', { number: report.plan.number })}</h2>
          <p>{t('planImport.plan', { number: report.plan.number, date: formatDate(report.plan.issuedOn, language) })} — {report.plan.title}</p>
          <ul>
            <li>{t('nav.indicators')}: {t('planImport.counts', { ...report.indicators })}</li>
            <li>{t('nav.tasks')}: {t('planImport.counts', { ...report.tasks })}</li>
          </ul>
          <UnitMapping unresolved={report.dryRun ? report.unresolvedUnits : stored}
            onMapped={() => (report.dryRun ? void send(true) : loadStored())} />
          <h3>{report.warnings.length ? t('planImport.warnings', { count: report.warnings.length }) : t('planImport.noWarnings')}</h3>
          {report.warnings.length > 0 && (
            <div className="table-wrap">
              <table id="import-warnings">
                <thead><tr><th scope="col">{t('planImport.line')}</th><th scope="col">{t('indicators.note')}</th></tr></thead>
                <tbody>{report.warnings.map((w, n) => <tr key={n}><td className="num">{w.line}</td><td>{w.message}</td></tr>)}</tbody>
              </table>
            </div>
          )}
          {report.bodyTargets.length > 0 && (
            <>
              <h3>{t('planImport.bodyTitle', { count: report.bodyTargets.length })}</h3>
              <p className="muted">{t('planImport.bodyIntro')}</p>
              <div className="table-wrap">
                <table id="import-body-targets" className="responsive">
                  <thead><tr><th scope="col">{t('planImport.bodyAccept')}</th><th scope="col">{t('dashboard.indicator')}</th>
                    <th scope="col">{t('dashboard.target')}</th><th scope="col">{t('planImport.bodyUnit')}</th></tr></thead>
                  <tbody>{report.bodyTargets.map((b) => {
                    const kept = report.indicatorRows.find((r) => r.key === b.key && r.fromBody);
                    const checked = b.key in accepted || Boolean(kept);
                    return (
                      <tr key={b.key} data-body-target={b.key}>
                        <td><input type="checkbox" aria-label={t('planImport.bodyAcceptOne', { name: b.name })} checked={checked} disabled={Boolean(kept)}
                          onChange={(e) => setAccepted((all) => {
                            const next = { ...all };
                            if (e.target.checked) {
                              next[b.key] = all[b.key] ?? '';
                            } else {
                              delete next[b.key];
                            }
                            return next;
                          })} /></td>
                        <td>{b.name}<small className="reason">{t('planImport.bodyLine', { line: b.line })}: {b.sentence}</small></td>
                        <td data-label={t('dashboard.target')}>{b.targetText}</td>
                        <td data-label={t('planImport.bodyUnit')}>
                          <select aria-label={t('planImport.bodyUnit')} disabled={!(b.key in accepted)}
                            value={accepted[b.key] ?? kept?.advisingUnit?.code ?? ''}
                            onChange={(e) => setAccepted((all) => ({ ...all, [b.key]: e.target.value }))}>
                            <option value="">—</option>
                            {units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
                          </select></td>
                      </tr>
                    );
                  })}</tbody>
                </table>
              </div>
            </>
          )}
          {report.mappings.length > 0 && (
            <>
              <h3>{t('planImport.mappingTitle')}</h3>
              <div className="table-wrap">
                <table id="import-mappings" className="responsive">
                  <thead><tr><th scope="col">#</th><th scope="col">{t('mapping.wardIndicator')}</th><th scope="col">{t('mapping.state')}</th>
                    <th scope="col">{t('mapping.frameIndicator')}</th></tr></thead>
                  <tbody>{report.mappings.map((m) => (
                    <tr key={m.key} data-mapping={m.key} data-state={m.state}>
                      <td>{m.key}</td><td>{m.name}</td>
                      <td data-label={t('mapping.state')}><span className={`badge mapping-${m.state.toLowerCase()}`}>{t(`mapping.states.${m.state}`)}</span></td>
                      <td data-label={t('mapping.frameIndicator')}>{m.frameCode ? `${m.frameCode} · ${m.frameName ?? ''}` : '—'}
                        {m.reason && <small className="reason">{m.reason}{m.confidence !== null && m.frameCode
                          ? ` (${t('mapping.confidence', { percent: `${Math.round(m.confidence * 100)} %` })})` : ''}</small>}</td>
                    </tr>
                  ))}</tbody>
                </table>
              </div>
            </>
          )}
          <h3>{t('planImport.tasksTitle')}</h3>
          <div className="table-wrap">
            <table id="import-tasks" className="responsive">
              <thead><tr><th scope="col">#</th><th scope="col">{t('dashboard.task')}</th><th scope="col">{t('tasks.leadUnit')}</th>
                <th scope="col">{t('tasks.reporting')}</th><th scope="col">{t('planImport.change')}</th></tr></thead>
              <tbody>{report.taskRows.map((r) => (
                <tr key={r.key} data-task={r.key} data-cadence={r.reporting?.cadence}>
                  <td>{r.key}</td><td>{r.title}</td><td data-label={t('tasks.leadUnit')}>{r.leadUnit?.text ?? '—'}</td>
                  <td data-label={t('tasks.reporting')}>{r.reporting ? t(r.reporting.cadence === 'PERIODIC' ? 'tasks.periodic' : 'tasks.oneOff') : '—'}
                    {r.deliverables.length > 0 && <small>{t('planImport.deliverables', { count: r.deliverables.length,
                      date: formatDate([...r.deliverables].sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0].dueDate, language) })}</small>}
                    {r.reporting && <small className="reason">{r.reporting.reason}</small>}</td>
                  <td data-label={t('planImport.change')}>{r.change}</td>
                </tr>
              ))}</tbody>
            </table>
          </div>
          {report.dryRun && (
            <div className="actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void send(false)}>{t('planImport.commit')}</button>
            </div>
          )}
        </section>
      )}
    </>
  );
}
