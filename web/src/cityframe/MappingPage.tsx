import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { ErrorMessage, Loaded, useLoad } from '../app/ui';
import { hasRole, useMe } from '../session/session';
import { confidencePercent, reviewOrder, type Frame, type Mapping } from './types';

/**
 * The ward office reviews how the ward's indicators line up with the city's frame: what the platform applied, what it
 * proposes and why, and it confirms, changes or refuses; the other officials of the ward read it.
 */
export function MappingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const decides = hasRole(me, 'ward-admin');
  const state = useLoad(async () => {
    const mappings = await api<Mapping[]>('/api/indicator-mappings');
    const frame = await api<Frame>('/api/indicator-frame').catch(() => null);
    return { mappings, frame };
  }, 'mappings');
  return (
    <>
      <h1>{t('mapping.title')}</h1>
      <p className="muted">{t('mapping.intro')}</p>
      <Loaded state={state}>{({ mappings, frame }) => {
        if (!frame) {
          return <p id="mapping-no-frame">{t('mapping.noFrame')}</p>;
        }
        const waiting = mappings.filter((m) => m.state === 'PROPOSED').length;
        return (
          <>
            <p id="mapping-summary">{t('frame.versionLine', { version: frame.version, source: frame.source })}
              {' · '}<strong>{t('mapping.waiting', { count: waiting })}</strong></p>
            <div className="table-wrap">
              <table id="mapping-review" className="responsive">
                <thead><tr><th scope="col">#</th><th scope="col">{t('mapping.wardIndicator')}</th>
                  <th scope="col">{t('mapping.state')}</th><th scope="col">{t('mapping.frameIndicator')}</th>
                  {decides && <th scope="col">{t('mapping.decide')}</th>}</tr></thead>
                <tbody>
                  {[...mappings].sort(reviewOrder).map((m) => (
                    <MappingRow key={m.indicatorId} mapping={m} frame={frame} decides={decides} onDecided={state.reload} />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        );
      }}</Loaded>
    </>
  );
}

function MappingRow({ mapping, frame, decides, onDecided }: { mapping: Mapping; frame: Frame; decides: boolean; onDecided: () => void }) {
  const { t } = useTranslation();
  const suggested = mapping.frameCode ?? mapping.proposal?.frameCode ?? '';
  const [choice, setChoice] = useState(suggested);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (frameCode: string | null) => {
    setBusy(true);
    setFailure(null);
    try {
      await api(`/api/indicator-mappings/${encodeURIComponent(mapping.indicatorId)}`, { method: 'PUT', json: { frameCode } });
      onDecided();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const shown = mapping.frameCode ? `${mapping.frameCode} · ${mapping.frameName ?? ''}` : null;
  return (
    <tr data-mapping={mapping.key} data-state={mapping.state}>
      <td>{mapping.key}</td>
      <td><Link to={`/indicators/${encodeURIComponent(mapping.indicatorId)}`}>{mapping.name}</Link>
        {mapping.measureUnit && <small className="muted"> ({mapping.measureUnit})</small>}</td>
      <td data-label={t('mapping.state')}><span className={`badge mapping-${mapping.state.toLowerCase()}`}>{t(`mapping.states.${mapping.state}`)}</span>
        {mapping.decidedBy && <small className="reason">{t('mapping.decidedBy', { by: mapping.decidedBy })}</small>}</td>
      <td data-label={t('mapping.frameIndicator')}>{shown ?? '—'}
        {mapping.proposal?.frameCode && mapping.proposal.frameCode !== mapping.frameCode &&
          <small className="reason" data-proposal>{t('mapping.proposal', { code: mapping.proposal.frameCode,
            name: mapping.proposal.frameName ?? '', confidence: confidencePercent(mapping.proposal.confidence) })}</small>}
        {mapping.proposal?.reason && <small className="reason" data-reason>{mapping.proposal.reason}
          {mapping.proposal.frameCode && ` (${t('mapping.confidence', { percent: confidencePercent(mapping.proposal.confidence) })})`}</small>}
      </td>
      {decides && (
        <td data-label={t('mapping.decide')}>
          <label className="sr-only" htmlFor={`choice-${mapping.key}`}>{t('mapping.choose')}</label>
          <select id={`choice-${mapping.key}`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('mapping.none')}</option>
            {frame.indicators.map((f) => <option key={f.code} value={f.code}>{f.code} · {f.name}</option>)}
          </select>
          <div className="actions">
            <button type="button" disabled={busy} data-action="confirm" onClick={() => void decide(choice || null)}>
              {choice ? t('mapping.confirm') : t('mapping.keepOwn')}</button>
          </div>
          {failure ? <ErrorMessage error={failure} /> : null}
        </td>
      )}
    </tr>
  );
}
