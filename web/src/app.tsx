/**
 * @module web/app
 * The routes of the web shell.
 */
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout.tsx';
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
