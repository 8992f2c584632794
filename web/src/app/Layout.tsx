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
/** A ward's official (a city or platform account has no ward). */
function wardUserOf(me: { ward: string | null }): boolean {
  return me.ward !== null;
}

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [waiting, setWaiting] = useState<number | null>(null);
  const decides = wardUserOf(me) && hasRole(me, 'ward-admin', 'ward-leader');
  const [menuOpen, setMenuOpen] = useState(false);
  const [names, setNames] = useState<{ ward?: string; unit?: string }>({});
  const wardUser = me.ward !== null;

  // The ward's and unit's names from the directory; the codes stand in until they come (or if they do not).
  useEffect(() => {
    if (me.ward) {
      api<{ name: string }>(`/api/wards/${encodeURIComponent(me.ward)}`).then((w) => setNames((n) => ({ ...n, ward: w.name })), () => undefined);
    }
    if (!me.ward && me.city) {
      api<{ code: string; name: string }[]>('/api/wards/cities')
        .then((cities) => setNames((n) => ({ ...n, ward: cities.find((c) => c.code === me.city)?.name })), () => undefined);
    }
    if (me.ward && me.unit) {
      api<{ name: string }>(`/api/units/${encodeURIComponent(me.unit)}`).then((u) => setNames((n) => ({ ...n, unit: u.name })), () => undefined);
    }
  }, [me.ward, me.unit, me.city]);

  useEffect(() => {
    if (!wardUser) {
      return;
    }
    const load = () => {
      api<{ unread: number }>('/api/notifications/inbox/unread-count').then((r) => setUnread(r.unread)).catch(() => undefined);
      if (decides) {
        api<{ count: number }>(`/api/reports/wards/${encodeURIComponent(me.ward!)}/queue`).then((q) => setWaiting(q.count)).catch(() => undefined);
      }
    };
    load();
    const timer = window.setInterval(load, 60_000);
    return () => window.clearInterval(timer);
  }, [wardUser, decides, me.ward, location.pathname]);

  // Every screen's title is its heading: the tab, the history and a screen reader's page list name it.
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) {
      return;
    }
    const name = () => {
      const heading = main.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} — wardplan` : 'wardplan';
      if (document.title !== title) {
        document.title = title;
      }
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);

  const switchLanguage = () => {
    const next = i18n.language === 'en' ? 'vi' : 'en';
    void i18n.changeLanguage(next);
    rememberLanguage(next);
  };

  const links: { to: string; label: string; show: boolean; badge?: number | null; badgeLabel?: string }[] = [
    { to: '/', label: t('nav.dashboard'), show: wardUser },
    { to: '/indicators', label: t('nav.indicators'), show: wardUser },
    { to: '/tasks', label: t('nav.tasks'), show: wardUser },
    { to: '/periods', label: t('nav.periods'), show: wardUser },
    { to: '/queue', label: t('nav.queue'), show: decides, badge: waiting, badgeLabel: 'queue.count' },
    { to: '/inbox', label: t('nav.inbox'), show: wardUser, badge: unread },
    { to: '/reports', label: t('nav.reports'), show: wardUser },
    { to: '/reminders', label: t('nav.reminderLog'), show: wardUser && hasRole(me, 'ward-admin', 'ward-leader') },
    { to: '/import', label: t('nav.import'), show: hasRole(me, 'ward-admin') },
    { to: '/audit', label: t('nav.audit'), show: hasRole(me, 'ward-admin', 'platform-admin') },
    { to: '/settings', label: t('nav.settings'), show: hasRole(me, 'ward-admin') },
    { to: '/officials', label: t('nav.officials'), show: hasRole(me, 'ward-admin') && wardUser },
    { to: '/wards', label: t('nav.wards'), show: hasRole(me, 'platform-admin') },
    { to: '/mapping', label: t('nav.mapping'), show: wardUser && hasRole(me, 'ward-admin', 'ward-leader') },
    { to: '/comparison', label: t('nav.comparison'), show: hasRole(me, 'city-viewer') },
    { to: '/frame', label: t('nav.frame'), show: hasRole(me, 'city-planner') },
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
                  {l.badge ? <span className="count" aria-label={t(l.badgeLabel ?? 'inbox.unread', { count: l.badge })}>{l.badge}</span> : null}
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
