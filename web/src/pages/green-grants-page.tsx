/**
 * @module web/pages/green-grants-page
 * `/green/grants`, for officials (the API answers 403 to anyone else): grants without
 * application (免申即享). Officers import the lists the text grants from (templates per kind,
 * rows rejected with their reasons) and start runs over them; every official sees the runs with
 * their summary and one run's rows; the bureau's reviewer approves or rejects a draft run. The
 * open run lives in the URL (`?run=…`).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, api, type Bilingual } from '../api.ts';
import { useApp } from '../app-context.tsx';
import { ErrorMessage, useErrorText } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { GreenGrantImport } from '../components/green-grant-import.tsx';
import { GreenGrantKinds, GreenGrantLists } from '../components/green-grant-lists.tsx';
import { GreenRunDetail, GreenRunTable } from '../components/green-grant-runs.tsx';
import { GreenHead, greenAccess } from '../components/green-subnav.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { greenApi } from '../lib/green-api.ts';

function NoAccess({ error }: { error?: unknown }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <div className="alert alert-warning" role="alert">
      <p className="alert-title">{t('green.noAccess')}</p>
      {error ? <p>{text(error)}</p> : null}
    </div>
  );
}

export function GreenGrantsPage() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { user, today } = useApp();
  const access = greenAccess(user);
  const [params, setParams] = useSearchParams();
  const [version, setVersion] = useState(0);
  const [flash, setFlash] = useState<string | null>(null);
  const lists = useAsync((signal) => greenApi.grantLists(signal), [version, user?.id]);
  const runs = useAsync((signal) => greenApi.runs(signal), [version, user?.id]);
  const depts = useAsync((signal) => api.departments(signal), []);
  const departments = useMemo(
    () => new Map<string, Bilingual>((depts.data?.departments ?? []).map((d) => [d.code, d.name])),
    [depts.data],
  );
  const departmentName = (code: string) => pick(departments.get(code)) || code;
  const runParam = Number(params.get('run'));
  const selectedId = Number.isSafeInteger(runParam) && runParam > 0 ? runParam : null;
  const selected = runs.data?.runs.find((r) => r.id === selectedId) ?? null;
  const role = user?.role;
  const canImport = role === 'officer' || role === 'admin';
  const canDecide = role === 'reviewer' || role === 'admin';
  const select = (id: number) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('run', String(id));
        return next;
      },
      { preventScrollReset: true },
    );
    requestAnimationFrame(() => document.getElementById('green-run-title')?.focus());
  };

  const head = <GreenHead title={t('green.grants.title')} lead={t('green.grants.lead')} />;
  if (user === undefined)
    return (
      <div className="green-page">
        {head}
        <Loading />
      </div>
    );
  if (
    !access.grants ||
    (lists.error instanceof ApiError && (lists.error.status === 403 || lists.error.status === 401))
  ) {
    return (
      <div className="green-page">
        {head}
        <NoAccess error={lists.error} />
      </div>
    );
  }
  return (
    <div className="green-page green-grants">
      {head}
      {flash ? (
        <p className="alert air-alert-ok" role="status">
          {flash}
        </p>
      ) : null}
      {lists.error ? <ErrorMessage error={lists.error} onRetry={lists.reload} /> : null}
      {lists.data ? (
        <>
          <GreenGrantKinds kinds={lists.data.kinds} />
          <GreenGrantLists
            key={`lists-${version}`}
            lists={lists.data.lists}
            kinds={lists.data.kinds}
            canRun={canImport}
            today={today}
            departmentName={departmentName}
            onRun={(r) => {
              setFlash(t('green.grants.runStarted', { number: r.number }));
              setVersion((v) => v + 1);
              select(r.id);
            }}
          />
          {canImport ? (
            <GreenGrantImport
              kinds={lists.data.kinds}
              onImported={() => {
                setFlash(null);
                setVersion((v) => v + 1);
              }}
            />
          ) : null}
        </>
      ) : lists.error ? null : (
        <Loading />
      )}
      <section className="card green-runs-card" aria-labelledby="green-runs-title">
        <h2 id="green-runs-title" className="section-title">
          {t('green.runs.title')}
        </h2>
        <ExportLink path="/green/grant-runs/export.xlsx" />
        {runs.error ? <ErrorMessage error={runs.error} onRetry={runs.reload} /> : null}
        {runs.data ? (
          <GreenRunTable runs={runs.data.runs} selectedId={selectedId} onSelect={select} />
        ) : runs.error ? null : (
          <Loading />
        )}
      </section>
      {selected ? (
        <GreenRunDetail
          key={`${selected.id}-${selected.state}`}
          run={selected}
          canDecide={canDecide}
          onDecided={(message) => {
            setFlash(message);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </div>
  );
}
