import { FluentProvider } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { ApiClient } from './api/client';
import { ApiProvider } from './api/context';
import { useApiQuery } from './api/queries';
import { AppShell } from './components/AppShell';
import { RunningOperationsPanel } from './components/RunningOperationsPanel';
import { QueryState } from './components/QueryState';
import { BackupsPage } from './pages/backups/BackupsPage';
import { CommunePage } from './pages/commune/CommunePage';
import { DecisionPage } from './pages/decisions/DecisionPage';
import { DecisionsPage } from './pages/decisions/DecisionsPage';
import { ImportsPage } from './pages/imports/ImportsPage';
import { PeoplePage } from './pages/people/PeoplePage';
import { ReportsPage } from './pages/reports/ReportsPage';
// Province consolidation (issue 13)
import { ConsolidationPage } from './pages/consolidation/ConsolidationPage';
import { AttendancePage } from './pages/trainings/attendance/AttendancePage';
import { SessionPage } from './pages/trainings/session/SessionPage';
import { TrainingsPage } from './pages/trainings/TrainingsPage';
import { TeamDetailPage } from './pages/teams/detail/TeamDetailPage';
import { TeamsPage } from './pages/teams/TeamsPage';
import { VillagesPage } from './pages/villages/VillagesPage';
import { theme } from './theme';
// daily
import { OverviewPage } from './pages/overview/OverviewPage';
import { HelpPage } from './pages/help/HelpPage';
import { SupportPage } from './pages/support/SupportPage';

export function App({ api, queryClient }: { api: ApiClient; queryClient: QueryClient }) {
  return (
    <FluentProvider theme={theme} style={{ height: '100%' }}>
      <ApiProvider client={api}>
        <QueryClientProvider client={queryClient}>
          {/* Hash routing works the same under Electron's app:// and serve mode's http://. */}
          <HashRouter>
            <Screens />
          </HashRouter>
          {/* Issue 10: progress and "Hủy" of every long operation, whichever screen started it. */}
          <RunningOperationsPanel />
        </QueryClientProvider>
      </ApiProvider>
    </FluentProvider>
  );
}

/** Until the commune is set up, every address leads to the setup page. */
function Screens() {
  const commune = useApiQuery('commune.get', {});
  return (
    <QueryState query={commune}>
      {(c) => (
        <AppShell commune={c}>
          {c ? (
            <Routes>
              {/* daily */}
              <Route path="/overview" element={<OverviewPage />} />
              <Route path="/help/:screen" element={<HelpPage />} />
              <Route path="/commune" element={<CommunePage />} />
              <Route path="/villages" element={<VillagesPage />} />
              <Route path="/teams" element={<TeamsPage />} />
              <Route path="/teams/:id" element={<TeamDetailPage />} />
              <Route path="/people" element={<PeoplePage />} />
              <Route path="/imports" element={<ImportsPage />} />
              <Route path="/reports" element={<ReportsPage />} />
              <Route path="/consolidation" element={<ConsolidationPage />} />
              <Route path="/decisions" element={<DecisionsPage />} />
              <Route path="/decisions/:id" element={<DecisionPage />} />
              <Route path="/trainings" element={<TrainingsPage />} />
              <Route path="/trainings/:id" element={<SessionPage />} />
              <Route path="/trainings/:id/attendance" element={<AttendancePage />} />
              <Route path="/backups" element={<BackupsPage />} />
              <Route path="/support" element={<SupportPage />} />
              <Route path="*" element={<Navigate to="/overview" replace />} />
            </Routes>
          ) : (
            <Routes>
              <Route path="/commune" element={<CommunePage />} />
              <Route path="/support" element={<SupportPage />} />
              <Route path="*" element={<Navigate to="/commune" replace />} />
            </Routes>
          )}
        </AppShell>
      )}
    </QueryState>
  );
}
