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
import { GreenApplicationsPage } from './pages/green-applications-page.tsx';
import { GreenBudgetPage } from './pages/green-budget-page.tsx';
import { GreenCalculatorPage } from './pages/green-calculator-page.tsx';
import { GreenGrantsPage } from './pages/green-grants-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PolicyLibraryPage } from './pages/policy-library-page.tsx';
import { PolicyPage } from './pages/policy-page.tsx';
import { RulePage } from './pages/rule-page.tsx';

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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
