import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { hasRole, SessionProvider, useMe } from '../session/session';
import { Layout } from './Layout';
import { ErrorMessage } from './ui';

// Each screen is its own chunk, loaded when first opened (the charts library only with the screens that chart).
const DashboardPage = lazy(() => import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const InboxPage = lazy(() => import('../inbox/InboxPage').then((m) => ({ default: m.InboxPage })));
const IndicatorDetailPage = lazy(() => import('../indicators/IndicatorDetailPage').then((m) => ({ default: m.IndicatorDetailPage })));
const IndicatorListPage = lazy(() => import('../indicators/IndicatorListPage').then((m) => ({ default: m.IndicatorListPage })));
const ImportPage = lazy(() => import('../planimport/ImportPage').then((m) => ({ default: m.ImportPage })));
const OfficialsPage = lazy(() => import('../officials/OfficialsPage').then((m) => ({ default: m.OfficialsPage })));
const WardsPage = lazy(() => import('../wards/WardsPage').then((m) => ({ default: m.WardsPage })));
const PublicPlanPage = lazy(() => import('../publicpage/PublicPlanPage').then((m) => ({ default: m.PublicPlanPage })));
const ComparisonPage = lazy(() => import('../reports/ComparisonPage').then((m) => ({ default: m.ComparisonPage })));
const FramePage = lazy(() => import('../cityframe/FramePage').then((m) => ({ default: m.FramePage })));
const MappingPage = lazy(() => import('../cityframe/MappingPage').then((m) => ({ default: m.MappingPage })));
const AuditPage = lazy(() => import('../audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const PeriodPage = lazy(() => import('../periods/PeriodPage').then((m) => ({ default: m.PeriodPage })));
const QueuePage = lazy(() => import('../queue/QueuePage').then((m) => ({ default: m.QueuePage })));
const ReminderLogPage = lazy(() => import('../reminders/ReminderLogPage').then((m) => ({ default: m.ReminderLogPage })));
const ReportsPage = lazy(() => import('../reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const TaskDetailPage = lazy(() => import('../tasks/TaskDetailPage').then((m) => ({ default: m.TaskDetailPage })));
const TaskListPage = lazy(() => import('../tasks/TaskListPage').then((m) => ({ default: m.TaskListPage })));

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
        <Route path="public/:ward" element={<Suspense fallback={null}><PublicPlanPage /></Suspense>} />
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
            <Route path="periods" element={<PeriodPage />} />
            <Route path="periods/:period" element={<PeriodPage />} />
            <Route path="queue" element={<QueuePage />} />
            <Route path="inbox" element={<InboxPage />} />
            <Route path="reminders" element={<ReminderLogPage />} />
            <Route path="reports" element={<ReportsPage />} />
            <Route path="comparison" element={<ComparisonPage />} />
            <Route path="frame" element={<FramePage />} />
            <Route path="mapping" element={<MappingPage />} />
            <Route path="comparison/:ward" element={<DashboardPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="audit" element={<AuditPage />} />
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
