/**
 * @module web/app
 * The routes of the web shell.
 */
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout.tsx';
import { AirAlertPage } from './pages/air-alert-page.tsx';
import { AirAqiPage } from './pages/air-aqi-page.tsx';
import { AirCommandPage } from './pages/air-command-page.tsx';
import { AirListsPage } from './pages/air-lists-page.tsx';
import { AirNoticesPage } from './pages/air-notices-page.tsx';
import { AirVehiclePage } from './pages/air-vehicle-page.tsx';
import { BuildingsCheckPage } from './pages/buildings-check-page.tsx';
import { BuildingsProjectPage } from './pages/buildings-project-page.tsx';
import { BuildingsProjectsPage } from './pages/buildings-projects-page.tsx';
import { FieFilePage } from './pages/fie-file-page.tsx';
import { FiePolicyListPage } from './pages/fie-policy-list-page.tsx';
import { FieRoundtablePage } from './pages/fie-roundtable-page.tsx';
import { FieWorkbenchPage } from './pages/fie-workbench-page.tsx';
import { GreenApplicationsPage } from './pages/green-applications-page.tsx';
import { GreenBudgetPage } from './pages/green-budget-page.tsx';
import { GreenCalculatorPage } from './pages/green-calculator-page.tsx';
import { GreenGrantsPage } from './pages/green-grants-page.tsx';
import { HeatingCheckPage } from './pages/heating-check-page.tsx';
import { HeatingProjectPage } from './pages/heating-project-page.tsx';
import { HeatingProjectsPage } from './pages/heating-projects-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PolicyLibraryPage } from './pages/policy-library-page.tsx';
import { PolicyPage } from './pages/policy-page.tsx';
import { RulePage } from './pages/rule-page.tsx';
import { TargetsPage } from './pages/targets-page.tsx';
import { WorkReliefAttendancePage } from './pages/work-relief-attendance-page.tsx';
import { WorkReliefLedgerPage } from './pages/work-relief-ledger-page.tsx';
import { WorkReliefProjectPage } from './pages/work-relief-project-page.tsx';
import { WorkReliefProjectsPage } from './pages/work-relief-projects-page.tsx';
import { WorkReliefReviewPage } from './pages/work-relief-review-page.tsx';
import { WorkReliefWorkersPage } from './pages/work-relief-workers-page.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<PolicyLibraryPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="policies/:id" element={<PolicyPage />} />
        <Route path="rules/*" element={<RulePage />} />
        <Route path="air" element={<AirAlertPage />} />
        <Route path="air/vehicle-check" element={<AirVehiclePage />} />
        <Route path="air/aqi" element={<AirAqiPage />} />
        <Route path="air/command" element={<AirCommandPage />} />
        <Route path="air/lists" element={<AirListsPage />} />
        <Route path="air/notices" element={<AirNoticesPage />} />
        <Route path="green" element={<GreenCalculatorPage />} />
        <Route path="green/applications" element={<GreenApplicationsPage />} />
        <Route path="green/grants" element={<GreenGrantsPage />} />
        <Route path="green/budget" element={<GreenBudgetPage />} />
        <Route path="heating" element={<HeatingProjectsPage />} />
        <Route path="heating/projects/:id" element={<HeatingProjectPage />} />
        <Route path="heating/check" element={<HeatingCheckPage />} />
        <Route path="buildings" element={<BuildingsProjectsPage />} />
        <Route path="buildings/projects/:id" element={<BuildingsProjectPage />} />
        <Route path="buildings/check" element={<BuildingsCheckPage />} />
        <Route path="targets" element={<TargetsPage />} />
        <Route path="work-relief" element={<WorkReliefProjectsPage />} />
        <Route path="work-relief/projects/:id" element={<WorkReliefProjectPage />} />
        <Route path="work-relief/workers" element={<WorkReliefWorkersPage />} />
        <Route path="work-relief/attendance" element={<WorkReliefAttendancePage />} />
        <Route path="work-relief/ledger" element={<WorkReliefLedgerPage />} />
        <Route path="work-relief/review" element={<WorkReliefReviewPage />} />
        <Route path="fie" element={<FieWorkbenchPage />} />
        <Route path="fie/files/:id" element={<FieFilePage />} />
        <Route path="fie/roundtable" element={<FieRoundtablePage />} />
        <Route path="fie/policy-list" element={<FiePolicyListPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
