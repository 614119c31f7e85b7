/**
 * @module web/components/work-relief-subnav
 * The work-relief pages' tabs (projects, workers, attendance, ledger, review) and the head each page
 * starts with; who may write (the districts' officers, administrators) and who may only read (the
 * reviewers, the municipal bureaus) — the API decides the district, these only hide what would be
 * refused anyway.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ApiError, type User } from '../api.ts';
import { useErrorText } from './error-message.tsx';
import { Loading } from './loading.tsx';

/** What the signed-in user may do on the work-relief pages. */
export function wrAccess(user: User | null | undefined): { read: boolean; write: boolean } {
  const role = user?.role;
  return {
    read: role === 'officer' || role === 'reviewer' || role === 'admin',
    write: role === 'officer' || role === 'admin',
  };
}

export function WrSubnav() {
  const { t } = useTranslation();
  return (
    <nav className="green-subnav" aria-label={t('workRelief.nav.sub')}>
      <NavLink to="/work-relief" end>
        {t('workRelief.nav.projects')}
      </NavLink>
      <NavLink to="/work-relief/workers">{t('workRelief.nav.workers')}</NavLink>
      <NavLink to="/work-relief/attendance">{t('workRelief.nav.attendance')}</NavLink>
      <NavLink to="/work-relief/ledger">{t('workRelief.nav.ledger')}</NavLink>
      <NavLink to="/work-relief/review">{t('workRelief.nav.review')}</NavLink>
    </nav>
  );
}

/** `<title>`, the tabs and the heading with its lead. */
export function WrHead({ title, lead, children }: { title: string; lead: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <WrSubnav />
      <header className="page-head">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
        {children}
      </header>
    </>
  );
}

/** True when the API refused the user (signed out, or not a work-relief official of a district). */
export function wrRefused(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}

/**
 * What a page shows before its content: loading while the session is checked, a notice when the
 * user may not see work relief (or the API said 401/403), else null (go on).
 */
export function WrGate({ user, error }: { user: User | null | undefined; error?: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (user === undefined) return <Loading />;
  const refused = wrRefused(error);
  if (wrAccess(user).read && !refused) return null;
  return (
    <div className="alert alert-warning" role="alert">
      <p className="alert-title">{t('workRelief.noAccess')}</p>
      <p>{refused ? errorText(error) : t('workRelief.noAccessHint')}</p>
    </div>
  );
}
