import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { DashboardPage } from '../dashboard/DashboardPage';
import { InboxPage } from '../inbox/InboxPage';
import { IndicatorDetailPage } from '../indicators/IndicatorDetailPage';
import { IndicatorListPage } from '../indicators/IndicatorListPage';
import { ImportPage } from '../planimport/ImportPage';
import { OfficialsPage } from '../officials/OfficialsPage';
import { WardsPage } from '../wards/WardsPage';
import { PublicPlanPage } from '../publicpage/PublicPlanPage';
import { ComparisonPage } from '../reports/ComparisonPage';
import { ReportsPage } from '../reports/ReportsPage';
import { hasRole, SessionProvider, useMe } from '../session/session';
import { SettingsPage } from '../settings/SettingsPage';
import { TaskDetailPage } from '../tasks/TaskDetailPage';
import { TaskListPage } from '../tasks/TaskListPage';
import { Layout } from './Layout';
import { ErrorMessage } from './ui';

/** Ward users start on their dashboard, city accounts on the comparison of their wards, the platform's on its wards. */
function Home() {
  const me = useMe();
  if (me.ward) {
    return <DashboardPage />;
  }
  return <Navigate to={hasRole(me, 'platform-admin') ? '/wards' : '/comparison'} replace />;
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        {/* A ward's public page: no session, no sign-in. */}
        <Route path="public/:ward" element={<PublicPlanPage />} />
        <Route path="*" element={<SignedIn />} />
      </Routes>
    </BrowserRouter>
  );
}

/** Everything else needs a session: the gateway sends an unknown browser to Keycloak first. */
function SignedIn() {
  const { t } = useTranslation();
  return (
    <>
      <SessionProvider fallback={<p className="loading">{t('session.loading')}</p>}
        failed={(error) => <main className="loading"><ErrorMessage error={error} /></main>}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Home />} />
            <Route path="indicators" element={<IndicatorListPage />} />
            <Route path="indicators/:id" element={<IndicatorDetailPage />} />
            <Route path="tasks" element={<TaskListPage />} />
            <Route path="tasks/:id" element={<TaskDetailPage />} />
            <Route path="inbox" element={<InboxPage />} />
            <Route path="reports" element={<ReportsPage />} />
            <Route path="comparison" element={<ComparisonPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="officials" element={<OfficialsPage />} />
            <Route path="wards" element={<WardsPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      </SessionProvider>
    </>
  );
}
