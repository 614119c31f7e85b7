/**
 * @module web/components/layout
 * The page frame: a skip link, the header (product name, navigation, language, session), the
 * routed page, and a footer naming the source gazette.
 */
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useApp } from '../app-context.tsx';
import { hbAccess } from './heating-subnav.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ScrollToTop } from './scroll-to-top.tsx';
import { UserMenu } from './user-menu.tsx';

/** The heating, building and targets pages light up one tab. */
const hbSection = (path: string) => /^\/(heating|buildings|targets)(\/|$)/.test(path);

/** Roles that may use the air-pollution command centre. */
const COMMAND_ROLES: readonly string[] = ['command_office', 'admin'];
/** Roles that keep the emission-reduction lists (the command centre's, plus officers). */
const LIST_ROLES: readonly string[] = [...COMMAND_ROLES, 'officer'];

function Header() {
  const { t } = useTranslation();
  const { user } = useApp();
  const { pathname } = useLocation();
  // The public air pages (alert, AQI, vehicle check) light up one tab; command and notices their own.
  const airPublic =
    pathname === '/air' || pathname.startsWith('/air/aqi') || pathname.startsWith('/air/vehicle-check');
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
          <NavLink to="/air" end className={({ isActive }) => (isActive || airPublic ? 'active' : '')}>
            {t('air.nav.alerts')}
          </NavLink>
          {user && COMMAND_ROLES.includes(user.role) ? (
            <NavLink to="/air/command">{t('air.nav.command')}</NavLink>
          ) : null}
          {user && LIST_ROLES.includes(user.role) ? (
            <NavLink to="/air/lists">{t('air.nav.lists')}</NavLink>
          ) : null}
          {user ? <NavLink to="/air/notices">{t('air.nav.notices')}</NavLink> : null}
          {/* The green fund's calculator is public; its other pages are tabs inside /green. */}
          <NavLink to="/green">{t('green.nav.section')}</NavLink>
          {/* Heating (1309号) and green buildings (30号): the checks are public; projects and targets are tabs. */}
          <NavLink
            to={hbAccess(user).projects ? '/heating' : '/heating/check'}
            className={({ isActive }) => (isActive || hbSection(pathname) ? 'active' : '')}
          >
            {t('hb.nav.section')}
          </NavLink>
          {user && ['officer', 'reviewer', 'admin'].includes(user.role) ? (
            <NavLink to="/work-relief">{t('workRelief.nav.section')}</NavLink>
          ) : null}
          <NavLink
            to={user && user.role !== 'command_office' ? '/fie' : '/fie/policy-list'}
            className={({ isActive }) => (isActive || pathname.startsWith('/fie') ? 'active' : '')}
          >
            {t('fie.nav.section')}
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
