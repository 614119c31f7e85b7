/**
 * @module web/components/fie-parts
 * What the foreign-investment services pages share: the tabs, the head, the gate (who may see the
 * workbench: 营商合作局's officials, administrators, and enterprise users for their own file — the
 * API decides the scope, this only hides what would be refused), who may act on items and files
 * (`fieManages`) and the items table, with an optional actions column.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { ApiError, type User } from '../api.ts';
import { useApp } from '../app-context.tsx';
import { useBilingual } from '../hooks/use-bilingual.ts';
import type { FieItem } from '../lib/fie-api.ts';
import { useErrorText } from './error-message.tsx';
import { Loading } from './loading.tsx';

/** Roles that may open the workbench (the API narrows the scope). */
export function fieAccess(user: User | null | undefined): boolean {
  const role = user?.role;
  return role === 'officer' || role === 'reviewer' || role === 'admin' || role === 'enterprise';
}

/** Roles that may take steps, record facts and open files (`fie.manage`, `fie.supervise`). */
export function fieManages(user: User | null | undefined): boolean {
  return user?.role === 'officer' || user?.role === 'admin';
}

export function FieSubnav() {
  const { t } = useTranslation();
  const { user } = useApp();
  return (
    <nav className="green-subnav" aria-label={t('fie.nav.sub')}>
      {fieAccess(user) ? (
        <>
          <NavLink to="/fie" end>
            {t('fie.nav.workbench')}
          </NavLink>
          {user?.role !== 'enterprise' ? (
            <NavLink to="/fie/roundtable">{t('fie.nav.roundtable')}</NavLink>
          ) : null}
        </>
      ) : null}
      <NavLink to="/fie/policy-list">{t('fie.nav.policyList')}</NavLink>
    </nav>
  );
}

/** `<title>`, the tabs and the heading with its lead. */
export function FieHead({ title, lead, children }: { title: string; lead: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <FieSubnav />
      <header className="page-head">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
        {children}
      </header>
    </>
  );
}

export function fieRefused(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}

/** Loading while the session is checked; a notice when the user may not see the workbench; else null. */
export function FieGate({ user, error }: { user: User | null | undefined; error?: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (user === undefined) return <Loading />;
  const refused = fieRefused(error);
  if (fieAccess(user) && !refused) return null;
  return (
    <div className="alert alert-warning" role="alert">
      <p className="alert-title">{t('fie.noAccess')}</p>
      <p>{refused ? errorText(error) : t('fie.noAccessHint')}</p>
    </div>
  );
}

/** Items with their list, status, deadline and escalation; `actions` adds a column per item. */
export function FieItemTable({
  items,
  showEnterprise = true,
  actions,
}: {
  items: readonly FieItem[];
  showEnterprise?: boolean;
  actions?: ((item: FieItem) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  return (
    <div className="air-table-wrap">
      <table className="air-table fie-items">
        <thead>
          <tr>
            <th scope="col">{t('fie.item.due')}</th>
            <th scope="col">{t('fie.item.title')}</th>
            {showEnterprise ? <th scope="col">{t('fie.workbench.enterprise')}</th> : null}
            <th scope="col">{t('fie.item.list')}</th>
            <th scope="col">{t('fie.item.status')}</th>
            <th scope="col">{t('fie.item.owner')}</th>
            {actions ? <th scope="col">{t('fie.actions.title')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} data-item={i.id}>
              <td>
                {i.dueOn}
                <br />
                {i.escalation.overdue ? (
                  <span className={`badge badge-outcome-ineligible fie-level-${i.escalation.level}`}>
                    {t('fie.item.overdue', {
                      days: i.escalation.workingDaysOverdue,
                      level: i.escalation.level,
                    })}
                  </span>
                ) : i.open ? (
                  <span className="muted">{t('fie.item.onTime')}</span>
                ) : null}
              </td>
              <th scope="row">{i.title}</th>
              {showEnterprise ? (
                <td>
                  <Link to={`/fie/files/${i.fileId}`}>{pick(i.enterprise)}</Link>
                </td>
              ) : null}
              <td>{pick(i.kindLabel)}</td>
              <td className="fie-status">
                {pick(i.statusLabel)}
                {i.reply ? <p className="muted small fie-reply">{i.reply}</p> : null}
              </td>
              <td>{i.owner ?? '—'}</td>
              {actions ? <td className="fie-actions">{actions(i)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
