import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { ErrorMessage, Loaded, useLoad } from '../app/ui';
import { codeFromName, validateAccount, validWardCode, type AccountDraft, type AccountErrors } from '../officials/accountForm';

interface Ward {
  code: string;
  name: string;
  type: string;
  typeName: string | null;
  city: string;
  cityName: string | null;
  status: string;
  adminUsername: string | null;
  suspensionReason: string | null;
}

interface City {
  code: string;
  name: string;
}

/** For the platform's administrators: every ward, onboarding a new one in one step, suspension and reinstatement. */
export function WardsPage() {
  const { t } = useTranslation();
  const state = useLoad(async () => {
    const [wards, cities] = await Promise.all([api<Page<Ward>>('/api/wards?size=500'), api<City[]>('/api/wards/cities')]);
    return { wards: wards.content, cities };
  }, 'wards');
  const [failure, setFailure] = useState<unknown>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [reasonMissing, setReasonMissing] = useState<string | null>(null);
  const suspension = (ward: Ward) => {
    setFailure(null);
    const path = `/api/wards/${encodeURIComponent(ward.code)}/suspension`;
    if (ward.status === 'SUSPENDED') {
      api(path, { method: 'DELETE' }).then(state.reload, setFailure);
      return;
    }
    const reason = (reasons[ward.code] ?? '').trim();
    setReasonMissing(reason ? null : ward.code);
    if (reason) {
      api(path, { method: 'PUT', json: { reason } }).then(state.reload, setFailure);
    }
  };
  return (
    <>
      <h1>{t('wards.title')}</h1>
      {failure ? <ErrorMessage error={failure} /> : null}
      <Loaded state={state}>{({ wards, cities }) => (
        <>
          <div className="table-wrap">
            <table id="wards" className="responsive">
              <thead><tr><th scope="col">{t('wards.name')}</th><th scope="col">{t('wards.city')}</th><th scope="col">{t('wards.status')}</th>
                <th scope="col">{t('wards.admin')}</th><th scope="col">{t('wards.suspend')}</th></tr></thead>
              <tbody>
                {wards.map((w) => (
                  <tr key={w.code} data-ward={w.code}>
                    <td>{w.typeName ?? t(`wards.types.${w.type}`)} {w.name}<small>{w.code}</small></td>
                    <td data-label={t('wards.city')}>{w.cityName ?? w.city}</td>
                    <td data-label={t('wards.status')}>{t(`wards.statuses.${w.status}`, { defaultValue: w.status })}
                      {w.suspensionReason && <small>{w.suspensionReason}</small>}</td>
                    <td data-label={t('wards.admin')}>{w.adminUsername ?? '—'}</td>
                    <td>
                      {w.status !== 'SUSPENDED' && (
                        <>
                          <label className="sr-only" htmlFor={`reason-${w.code}`}>{t('wards.reason')} {w.name}</label>
                          <input id={`reason-${w.code}`} placeholder={t('wards.reason')} value={reasons[w.code] ?? ''}
                            onChange={(e) => setReasons({ ...reasons, [w.code]: e.target.value })} />
                          {reasonMissing === w.code && <span className="field-error" role="alert">{t('wards.reasonRequired')}</span>}
                        </>
                      )}
                      <button type="button" onClick={() => suspension(w)}>{w.status === 'SUSPENDED' ? t('wards.reinstate') : t('wards.suspend')}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <OnboardForm cities={cities} onDone={state.reload} />
        </>
      )}</Loaded>
    </>
  );
}

function OnboardForm({ cities, onDone }: { cities: City[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [ward, setWard] = useState({ name: '', code: '', type: 'phuong', city: '' });
  const [admin, setAdmin] = useState<AccountDraft>({ username: '', firstName: '', lastName: '', email: '' });
  const [errors, setErrors] = useState<AccountErrors & { code?: string; name?: string; city?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: AccountErrors & { code?: string; name?: string; city?: string } = validateAccount(admin);
    if (!ward.name.trim()) found.name = 'officials.required';
    if (!validWardCode(ward.code)) found.code = 'wards.codeInvalid';
    if (!ward.city) found.city = 'officials.required';
    setErrors(found);
    setDone(null);
    if (Object.keys(found).length > 0) {
      return;
    }
    try {
      setFailure(null);
      const result = await api<{ ward: { name: string }; admin: { username: string; temporaryPassword: string } }>('/api/wards', {
        method: 'POST', json: { ...ward, name: ward.name.trim(), admin: { ...admin, email: admin.email.trim() || null } },
      });
      setDone(t('wards.onboarded', { name: result.ward.name, username: result.admin.username, password: result.admin.temporaryPassword }));
      onDone();
    } catch (error) {
      setFailure(error);
    }
  };
  const error = (key?: string, id?: string) => key ? <span className="field-error" id={id}>{t(key)}</span> : null;
  return (
    <section aria-labelledby="onboard-heading">
      <h2 id="onboard-heading">{t('wards.onboard')}</h2>
      <form className="entry" onSubmit={(e) => void submit(e)} noValidate>
        <div className="entry">
          <label htmlFor="ward-name">{t('wards.name')}</label>
          <input id="ward-name" value={ward.name} aria-invalid={!!errors.name} onChange={(e) => setWard({
            ...ward, name: e.target.value, code: ward.code === codeFromName(ward.name) ? codeFromName(e.target.value) : ward.code,
          })} />
          {error(errors.name)}
          <label htmlFor="ward-code">{t('wards.code')}</label>
          <input id="ward-code" value={ward.code} aria-invalid={!!errors.code} onChange={(e) => setWard({ ...ward, code: e.target.value })} />
          {error(errors.code)}
          <label htmlFor="ward-type">{t('wards.type')}</label>
          <select id="ward-type" value={ward.type} onChange={(e) => setWard({ ...ward, type: e.target.value })}>
            {['phuong', 'xa', 'dac-khu'].map((type) => <option key={type} value={type}>{t(`wards.types.${type}`)}</option>)}
          </select>
          <label htmlFor="ward-city">{t('wards.city')}</label>
          <select id="ward-city" value={ward.city} aria-invalid={!!errors.city} onChange={(e) => setWard({ ...ward, city: e.target.value })}>
            <option value="">—</option>
            {cities.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
          {error(errors.city)}
          <fieldset>
            <legend>{t('wards.admin')}</legend>
            {(['username', 'firstName', 'lastName', 'email'] as const).map((name) => (
              <div key={name} className="entry">
                <label htmlFor={`admin-${name}`}>{t(`officials.${name}`)}</label>
                <input id={`admin-${name}`} type={name === 'email' ? 'email' : 'text'} value={admin[name]} aria-invalid={!!errors[name]}
                  onChange={(e) => setAdmin({ ...admin, [name]: e.target.value })} />
                {error(errors[name])}
              </div>
            ))}
          </fieldset>
        </div>
        {failure ? <><ErrorMessage error={failure} /><p className="muted">{t('errors.kept')}</p></> : null}
        {done && <p role="status" className="success" id="onboarded">{done}</p>}
        <div className="actions"><button type="submit" className="primary">{t('wards.onboard')}</button></div>
      </form>
    </section>
  );
}
