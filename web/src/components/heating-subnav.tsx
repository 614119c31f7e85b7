/**
 * @module web/components/heating-subnav
 * The tabs of the heating and green-building pages — heating projects and the design check
 * (1309号), building projects and the requirement check (30号), the targets dashboard — each shown
 * only to the roles the API lets in, and the page head every one of those pages starts with.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { User } from '../api.ts';
import { useApp } from '../app-context.tsx';

const OFFICIALS: readonly string[] = ['officer', 'reviewer', 'admin'];

/** What the signed-in user may open: projects (officials and enterprises), targets (officials). */
export function hbAccess(user: User | null | undefined): { projects: boolean; targets: boolean } {
  const official = Boolean(user && OFFICIALS.includes(user.role));
  return { projects: Boolean(user && (official || user.role === 'enterprise')), targets: official };
}

export function HbSubnav() {
  const { t } = useTranslation();
  const { user } = useApp();
  const access = hbAccess(user);
  return (
    <nav className="green-subnav hb-subnav" aria-label={t('hb.nav.sub')}>
      {access.projects ? (
        <NavLink to="/heating" end>
          {t('hb.nav.heating')}
        </NavLink>
      ) : null}
      <NavLink to="/heating/check">{t('hb.nav.heatingCheck')}</NavLink>
      {access.projects ? (
        <NavLink to="/buildings" end>
          {t('hb.nav.buildings')}
        </NavLink>
      ) : null}
      <NavLink to="/buildings/check">{t('hb.nav.buildingsCheck')}</NavLink>
      {access.targets ? <NavLink to="/targets">{t('hb.nav.targets')}</NavLink> : null}
    </nav>
  );
}

/** `<title>`, the tabs and the heading with its lead. */
export function HbHead({ title, lead, children }: { title: string; lead: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <HbSubnav />
      <header className="page-head">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
        {children}
      </header>
    </>
  );
}

/** The page body for a signed-out visitor or a role the page is not for. */
export function HbGate({ user }: { user: User | null }) {
  const { t } = useTranslation();
  return (
    <p className="alert alert-warning">
      {user ? t('hb.noAccess') : t('hb.signIn')}{' '}
      <NavLink to="/heating/check">{t('hb.nav.heatingCheck')}</NavLink>
      {' · '}
      <NavLink to="/buildings/check">{t('hb.nav.buildingsCheck')}</NavLink>
    </p>
  );
}
