import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage, Loaded, useLoad } from '../app/ui';
import { useMe } from '../session/session';
import { validateAccount, type AccountDraft, type AccountErrors } from './accountForm';

interface Official {
  username: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  unit: string | null;
  position: string | null;
  roles: string[];
  enabled: boolean;
  awaitingFirstSignIn: boolean;
}

interface Unit {
  code: string;
  name: string;
}

const GRANTABLE = ['unit-officer', 'ward-leader', 'ward-admin'];

/** For the ward office: its officials' accounts (Keycloak, through ward-service), new ones, moves, locks. */
export function OfficialsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const base = `/api/wards/${encodeURIComponent(me.ward ?? '')}/officials`;
  const state = useLoad(async () => {
    const [officials, units] = await Promise.all([api<Official[]>(base), api<Unit[]>('/api/units')]);
    return { officials, units };
  }, base);
  const [failure, setFailure] = useState<unknown>(null);
  const change = (username: string, body: object) => {
    setFailure(null);
    api(`${base}/${encodeURIComponent(username)}`, { method: 'PATCH', json: body }).then(state.reload, setFailure);
  };
  return (
    <>
      <h1>{t('officials.title')}</h1>
      {failure ? <ErrorMessage error={failure} /> : null}
      <Loaded state={state}>{({ officials, units }) => {
        const unitName = (code: string | null) => units.find((u) => u.code === code)?.name ?? code ?? '—';
        return (
          <>
            <div className="table-wrap">
              <table id="officials" className="responsive">
                <thead><tr><th scope="col">{t('officials.username')}</th><th scope="col">{t('officials.name')}</th>
                  <th scope="col">{t('officials.unit')}</th><th scope="col">{t('officials.roles')}</th>
                  <th scope="col">{t('officials.state')}</th><th scope="col">{t('officials.move')}</th></tr></thead>
                <tbody>
                  {officials.map((o) => (
                    <tr key={o.username} data-username={o.username}>
                      <td>{o.username}</td>
                      <td data-label={t('officials.name')}>{[o.firstName, o.lastName].filter(Boolean).join(' ')}{o.position && <small>{o.position}</small>}</td>
                      <td data-label={t('officials.unit')}>{unitName(o.unit)}</td>
                      <td data-label={t('officials.roles')}>{o.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}</td>
                      <td data-label={t('officials.state')}>
                        {o.enabled ? t('officials.enabled') : t('officials.disabled')}
                        {o.awaitingFirstSignIn && <small>{t('officials.awaiting')}</small>}
                        {o.username !== me.username && (
                          <button type="button" onClick={() => change(o.username, { enabled: !o.enabled })}>
                            {o.enabled ? t('officials.disable') : t('officials.enable')}</button>
                        )}
                      </td>
                      <td>
                        <label className="sr-only" htmlFor={`move-${o.username}`}>{t('officials.move')} {o.username}</label>
                        <select id={`move-${o.username}`} value={o.unit ?? ''} onChange={(e) => change(o.username, { unit: e.target.value })}>
                          {units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <InviteForm base={base} units={units} onInvited={state.reload} />
          </>
        );
      }}</Loaded>
    </>
  );
}

function InviteForm({ base, units, onInvited }: { base: string; units: Unit[]; onInvited: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AccountDraft & { unit: string; position: string; roles: string[] }>({
    username: '', firstName: '', lastName: '', email: '', unit: '', position: '', roles: ['unit-officer'],
  });
  const [errors, setErrors] = useState<AccountErrors & { unit?: string; roles?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [invited, setInvited] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: AccountErrors & { unit?: string; roles?: string } = validateAccount(draft);
    if (!draft.unit) found.unit = 'officials.unitRequired';
    if (draft.roles.length === 0) found.roles = 'officials.rolesRequired';
    setErrors(found);
    setInvited(null);
    if (Object.keys(found).length > 0) {
      return;
    }
    try {
      setFailure(null);
      const result = await api<{ official: { username: string }; temporaryPassword: string; setupMailSent: boolean }>(base, {
        method: 'POST', json: { ...draft, username: draft.username.trim(), email: draft.email.trim() || null, position: draft.position || null },
      });
      setInvited(t('officials.invited', { username: result.official.username, password: result.temporaryPassword })
        + (result.setupMailSent ? ` ${t('officials.mailSent')}` : ''));
      setDraft({ username: '', firstName: '', lastName: '', email: '', unit: '', position: '', roles: ['unit-officer'] });
      onInvited();
    } catch (error) {
      setFailure(error);
    }
  };
  const input = (name: 'username' | 'firstName' | 'lastName' | 'email' | 'position', type = 'text') => (
    <>
      <label htmlFor={`invite-${name}`}>{t(`officials.${name}`)}</label>
      <input id={`invite-${name}`} type={type} value={draft[name]} aria-invalid={!!errors[name as keyof AccountErrors]}
        aria-describedby={errors[name as keyof AccountErrors] ? `invite-${name}-error` : undefined}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
      {errors[name as keyof AccountErrors] && <span className="field-error" id={`invite-${name}-error`}>{t(errors[name as keyof AccountErrors]!)}</span>}
    </>
  );
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('officials.invite')}</h2>
      <form className="entry" onSubmit={(e) => void submit(e)} noValidate>
        <div className="entry">
          {input('username')}{input('firstName')}{input('lastName')}{input('email', 'email')}
          <label htmlFor="invite-unit">{t('officials.unit')}</label>
          <select id="invite-unit" value={draft.unit} aria-invalid={!!errors.unit} onChange={(e) => setDraft({ ...draft, unit: e.target.value })}>
            <option value="">—</option>
            {units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
          </select>
          {errors.unit && <span className="field-error">{t(errors.unit)}</span>}
          {input('position')}
          <fieldset>
            <legend>{t('officials.roles')}</legend>
            {GRANTABLE.map((role) => (
              <label key={role} className="inline"><input type="checkbox" checked={draft.roles.includes(role)} onChange={(e) => setDraft({
                ...draft, roles: e.target.checked ? [...draft.roles, role] : draft.roles.filter((r) => r !== role),
              })} /> {t(`roles.${role}`)}</label>
            ))}
          </fieldset>
          {errors.roles && <span className="field-error">{t(errors.roles)}</span>}
        </div>
        {failure ? <><ErrorMessage error={failure} /><p className="muted">{t('errors.kept')}</p></> : null}
        {invited && <p role="status" className="success" id="invited">{invited}</p>}
        <div className="actions"><button type="submit" className="primary">{t('officials.invite')}</button></div>
      </form>
    </section>
  );
}
