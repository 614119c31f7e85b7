/**
 * @module web/components/layout
 * The page frame: a skip link, the header (product name, navigation, language, session), the
 * routed page, and a footer naming the source gazette.
 */
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useApp } from '../app-context.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ScrollToTop } from './scroll-to-top.tsx';
import { UserMenu } from './user-menu.tsx';

function Header() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" lang="zh-CN">
            {t('app.name')}
          </span>
          <span className="brand-latin" lang="en">
            {t('app.nameLatin')}
          </span>
        </Link>
        <nav aria-label={t('nav.main')} className="main-nav">
          <NavLink to="/" end>
            {t('nav.library')}
          </NavLink>
        </nav>
        <div className="header-tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}

function Footer() {
  const { t } = useTranslation();
  const { health } = useApp();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.source')}</p>
        <p className="muted">{t('footer.authoritative')}</p>
        {health ? (
          <p className="muted small">
            {t('footer.version', { version: health.version, database: health.database })}
          </p>
        ) : null}
      </div>
    </footer>
  );
}

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <ScrollToTop />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" className="container site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
    </>
  );
}
