import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { api } from '../api/client';
import { i18n, rememberLanguage } from '../i18n';
import { hasRole, useMe } from '../session/session';
import { ErrorBoundary } from './ErrorBoundary';

function csrf(): string {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/** The frame of every signed-in page: who is signed in, the menu by role, language switch and sign-out. */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const [names, setNames] = useState<{ ward?: string; unit?: string }>({});
  const wardUser = me.ward !== null;

  // The ward's and unit's names from the directory; the codes stand in until they come (or if they do not).
  useEffect(() => {
    if (me.ward) {
      api<{ name: string }>(`/api/wards/${encodeURIComponent(me.ward)}`).then((w) => setNames((n) => ({ ...n, ward: w.name })), () => undefined);
    }
    if (me.ward && me.unit) {
      api<{ name: string }>(`/api/units/${encodeURIComponent(me.unit)}`).then((u) => setNames((n) => ({ ...n, unit: u.name })), () => undefined);
    }
  }, [me.ward, me.unit]);

  useEffect(() => {
    if (!wardUser) {
      return;
    }
    const load = () => api<{ unread: number }>('/api/notifications/inbox/unread-count')
      .then((r) => setUnread(r.unread)).catch(() => undefined);
    load();
    const timer = window.setInterval(load, 60_000);
    return () => window.clearInterval(timer);
  }, [wardUser]);

  const switchLanguage = () => {
    const next = i18n.language === 'en' ? 'vi' : 'en';
    void i18n.changeLanguage(next);
    rememberLanguage(next);
  };

  const links: { to: string; label: string; show: boolean; badge?: number | null }[] = [
    { to: '/', label: t('nav.dashboard'), show: wardUser },
    { to: '/indicators', label: t('nav.indicators'), show: wardUser },
    { to: '/tasks', label: t('nav.tasks'), show: wardUser },
    { to: '/periods', label: t('nav.periods'), show: wardUser },
    { to: '/inbox', label: t('nav.inbox'), show: wardUser, badge: unread },
    { to: '/reports', label: t('nav.reports'), show: wardUser },
    { to: '/reminders', label: t('nav.reminderLog'), show: wardUser && hasRole(me, 'ward-admin', 'ward-leader') },
    { to: '/import', label: t('nav.import'), show: hasRole(me, 'ward-admin') },
    { to: '/settings', label: t('nav.settings'), show: hasRole(me, 'ward-admin') },
    { to: '/officials', label: t('nav.officials'), show: hasRole(me, 'ward-admin') && wardUser },
    { to: '/wards', label: t('nav.wards'), show: hasRole(me, 'platform-admin') },
    { to: '/comparison', label: t('nav.comparison'), show: hasRole(me, 'city-viewer') },
  ];

  return (
    <>
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true">◆</span>
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </div>
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}>{t('nav.menu')}</button>
        <nav id="main-nav" aria-label={t('nav.menu')} className={menuOpen ? 'open' : ''}>
          <ul>
            {links.filter((l) => l.show).map((l) => (
              <li key={l.to}>
                <NavLink to={l.to} end={l.to === '/'} onClick={() => setMenuOpen(false)}>
                  {l.label}
                  {l.badge ? <span className="count" aria-label={t('inbox.unread', { count: l.badge })}>{l.badge}</span> : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span id="who-name" data-username={me.username}>{me.displayName ?? me.username}</span>
          <small id="who-ward" data-ward={me.ward ?? ''}>{names.ward ?? me.ward ?? me.city ?? t('session.noWard')}
            {me.unit ? ` · ${names.unit ?? me.unit}` : ''}</small>
          <button type="button" className="link" onClick={switchLanguage} lang={i18n.language === 'en' ? 'vi' : 'en'}>
            {t('session.switchTo')}
          </button>
          <form method="post" action="/logout">
            <input type="hidden" name="_csrf" value={csrf()} />
            <button type="submit" id="sign-out">{t('session.signOut')}</button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<p aria-live="polite">{t('common.loading')}</p>}><Outlet /></Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
