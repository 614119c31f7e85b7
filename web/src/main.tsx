/**
 * @module web/main
 * Entry point of the web shell: i18n, the app state, the router, the styles.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.tsx';
import { AppProvider } from './app-context.tsx';
import { initI18n } from './i18n/index.ts';
import './styles.css';

initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <AppProvider>
        <App />
      </AppProvider>
    </BrowserRouter>
  </StrictMode>,
);
