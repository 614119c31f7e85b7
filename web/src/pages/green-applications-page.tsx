/**
 * @module web/pages/green-applications-page
 * `/green/applications`. An enterprise sees its own applications and their notices, files a new
 * one (saved as a draft), ticks the item's materials checklist and submits or withdraws it.
 * Officials see their bureau's queue, filtered by state (and bureau), and open an application to
 * act on it: start the review, ask for material, send item 26 to the experts and record their
 * verdict, approve or reject, record the payment, claw back. The open application and the
 * filters live in the URL (`?id=…&state=…&department=…`).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, type Bilingual, type User } from '../api.ts';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { GreenApplicationDetail } from '../components/green-application-detail.tsx';
import { GreenApplicationList } from '../components/green-application-list.tsx';
import { GreenApplyForm } from '../components/green-apply-form.tsx';
import { GreenNotices } from '../components/green-notices.tsx';
import { useGreenRules } from '../components/green-rules.tsx';
import { GreenHead, greenAccess } from '../components/green-subnav.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { greenApi } from '../lib/green-api.ts';
import { APPLICATION_STATES, type ApplicationState, GREEN_BUREAUS } from '../lib/green-types.ts';

function isState(v: string | null): v is ApplicationState {
  return v !== null && (APPLICATION_STATES as readonly string[]).includes(v);
}

function Filters({
  state,
  department,
  user,
  departmentName,
  onChange,
}: {
  state: ApplicationState | '';
  department: string;
  user: User;
  departmentName: (code: string) => string;
  onChange: (name: 'state' | 'department', value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="green-filters">
      <label>
        {t('green.list.filterState')}
        <select name="state" value={state} onChange={(e) => onChange('state', e.target.value)}>
          <option value="">{t('green.list.allStates')}</option>
          {APPLICATION_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`green.states.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('green.list.filterDepartment')}
        <select name="department" value={department} onChange={(e) => onChange('department', e.target.value)}>
          <option value="">
            {user.department && user.role !== 'admin'
              ? t('green.list.ownDepartment', { name: departmentName(user.department) })
              : t('green.list.allDepartments')}
          </option>
          {GREEN_BUREAUS.map((d) => (
            <option key={d} value={d}>
              {departmentName(d)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Workspace({ user }: { user: User }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const [params, setParams] = useSearchParams();
  const [version, setVersion] = useState(0);
  const items = useGreenRules();
  const depts = useAsync((signal) => api.departments(signal), []);
  const departments = useMemo(
    () => new Map<string, Bilingual>((depts.data?.departments ?? []).map((d) => [d.code, d.name])),
    [depts.data],
  );
  const departmentName = (code: string) => pick(departments.get(code)) || code;
  const enterprise = user.role === 'enterprise';
  const rawState = params.get('state');
  const state = isState(rawState) ? rawState : '';
  const department = enterprise ? '' : (params.get('department') ?? '');
  const idParam = Number(params.get('id'));
  const selected = Number.isSafeInteger(idParam) && idParam > 0 ? idParam : null;
  const list = useAsync(
    (signal) => greenApi.applications({ state, ...(department ? { department } : {}) }, signal),
    [state, department, version],
  );
  const set = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { preventScrollReset: true },
    );
  const open = (id: number) => {
    set('id', String(id));
    requestAnimationFrame(() => document.getElementById('green-detail-title')?.focus());
  };

  return (
    <>
      <div className="green-workspace">
        <section className="card green-queue" aria-labelledby="green-queue-title">
          <h2 id="green-queue-title" className="section-title">
            {enterprise ? t('green.list.mine') : t('green.list.queue')}
          </h2>
          <ExportLink path="/green/applications/export.xlsx" filters={{ state, department }} />
          {enterprise ? null : (
            <Filters
              state={state}
              department={department}
              user={user}
              departmentName={departmentName}
              onChange={set}
            />
          )}
          {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
          {list.data ? (
            <GreenApplicationList
              applications={list.data.applications}
              items={items.data ?? []}
              selectedId={selected}
              showEnterprise={!enterprise}
              onSelect={open}
            />
          ) : list.error ? null : (
            <Loading />
          )}
        </section>
        {selected !== null ? (
          <GreenApplicationDetail
            key={selected}
            id={selected}
            role={user.role}
            departmentName={departmentName}
            onChanged={() => setVersion((v) => v + 1)}
          />
        ) : null}
      </div>
      {enterprise && items.data ? (
        <GreenApplyForm
          items={items.data}
          onCreated={(a) => {
            setVersion((v) => v + 1);
            open(a.id);
          }}
        />
      ) : null}
      {items.error ? <ErrorMessage error={items.error} onRetry={items.reload} /> : null}
      {enterprise ? <GreenNotices version={version} /> : null}
    </>
  );
}

export function GreenApplicationsPage() {
  const { t } = useTranslation();
  const { user } = useApp();
  const location = useLocation();
  const access = greenAccess(user);
  return (
    <div className="green-page green-applications">
      <GreenHead title={t('green.applications.title')} lead={t('green.applications.lead')} />
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <div className="alert alert-warning" role="alert">
          <p className="alert-title">{t('green.applications.signIn')}</p>
          <p>
            <Link to="/login" state={{ from: location }}>
              {t('auth.goToLogin')}
            </Link>
          </p>
        </div>
      ) : !access.applications ? (
        <div className="alert alert-warning" role="alert">
          <p className="alert-title">{t('green.noAccess')}</p>
        </div>
      ) : (
        <Workspace user={user} />
      )}
    </div>
  );
}
