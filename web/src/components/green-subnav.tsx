/**
 * @module web/components/green-subnav
 * The green fund's own tabs (calculator, applications, grants, budget), each shown only to the
 * roles the API lets in, and the page head every green page starts with.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { User } from '../api.ts';
import { useApp } from '../app-context.tsx';

const OFFICIALS: readonly string[] = ['officer', 'reviewer', 'admin'];

/** What the signed-in user may open of the green pages. */
export function greenAccess(user: User | null | undefined): {
  applications: boolean;
  grants: boolean;
  budget: boolean;
  official: boolean;
} {
  const official = Boolean(user && OFFICIALS.includes(user.role));
  return {
    applications: Boolean(user && (official || user.role === 'enterprise')),
    grants: official,
    budget: official,
    official,
  };
}

export function GreenSubnav() {
  const { t } = useTranslation();
  const { user } = useApp();
  const access = greenAccess(user);
  return (
    <nav className="green-subnav" aria-label={t('green.nav.sub')}>
      <NavLink to="/green" end>
        {t('green.nav.calculator')}
      </NavLink>
      {access.applications ? <NavLink to="/green/applications">{t('green.nav.applications')}</NavLink> : null}
      {access.grants ? <NavLink to="/green/grants">{t('green.nav.grants')}</NavLink> : null}
      {access.budget ? <NavLink to="/green/budget">{t('green.nav.budget')}</NavLink> : null}
    </nav>
  );
}

/** `<title>`, the sub-navigation and the heading with its lead. */
export function GreenHead({ title, lead, children }: { title: string; lead: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <GreenSubnav />
      <header className="page-head">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
        {children}
      </header>
    </>
  );
}
