/**
 * @module web/pages/air-command-page
 * `/air/command`, for the command office and administrators (the API answers 403 to anyone else):
 * the alert in force as a banner, the record of alerts, the chosen alert's timeline and receipt
 * board, the orders (record, raise or lower, lift) with what a picked level would change in the
 * measures, the forecast helper that fills in an order, the measures of the level in force, and
 * the member units' sub-plans and 24-hour contacts.
 */
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { useApp } from '../app-context.tsx';
import {
  ChangeAlertForm,
  type Done,
  IssueAlertForm,
  type IssueDraft,
  LiftAlertForm,
} from '../components/air-alert-forms.tsx';
import { AlertList, AlertTimeline } from '../components/air-alert-list.tsx';
import { useAutoRefresh } from '../components/air-auto-refresh.tsx';
import { AirForecastHelper } from '../components/air-forecast-helper.tsx';
import { AirLevelBanner } from '../components/air-level-banner.tsx';
import { AirMeasureChanges } from '../components/air-measure-changes.tsx';
import { DrivingList, MeasureGroups } from '../components/air-measures.tsx';
import { AirReceiptBoard } from '../components/air-receipt-board.tsx';
import { AirSubplans } from '../components/air-subplans.tsx';
import { ErrorMessage, useErrorText } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { orderAlerts } from '../lib/air-command.ts';
import { ALERT_LEVELS } from '../lib/air-levels.ts';
import type { AlertLevel } from '../lib/air-types.ts';

function NoAccess({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const text = useErrorText()(error);
  return (
    <div className="alert alert-warning" role="alert">
      <p className="alert-title">{t('air.command.noAccess')}</p>
      {text ? <p>{text}</p> : null}
    </div>
  );
}

/** The measures and driving rules of the level in force (from the public current alert). */
function CurrentMeasures({ version }: { version: number }) {
  const { t } = useTranslation();
  const current = useAsync((signal) => api.air.current(signal), [version]);
  const alert = current.data?.alert;
  if (current.error) return <ErrorMessage error={current.error} onRetry={current.reload} />;
  if (!alert) return null;
  return (
    <section className="card" aria-labelledby="measures-title">
      <h2 id="measures-title" className="section-title">
        {t('air.command.measures')} · {t(`air.levels.${alert.level}`)}
      </h2>
      <h3>{t('air.alert.driving')}</h3>
      <DrivingList driving={alert.driving} />
      <MeasureGroups measures={alert.measures} />
    </section>
  );
}

export function AirCommandPage() {
  const { t } = useTranslation();
  const { today } = useApp();
  const alerts = useAsync((signal) => api.air.alerts(signal), []);
  useAutoRefresh(alerts.reload);
  const [chosen, setChosen] = useState<number | null>(null);
  const [draft, setDraft] = useState<{ n: number; draft: IssueDraft | null }>({ n: 0, draft: null });
  const [flash, setFlash] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // The level picked in the raise/lower form, for the alert it was picked on.
  const [target, setTarget] = useState<{ alertId: number; level: AlertLevel } | null>(null);
  const list = useMemo(() => orderAlerts(alerts.data?.alerts ?? []), [alerts.data]);
  const active = list.find((a) => a.status === 'active') ?? null;
  const selected = list.find((a) => a.id === chosen) ?? active ?? list[0] ?? null;

  const onDone: Done = (alert, message) => {
    setFlash(message);
    setChosen(alert.id);
    setVersion((v) => v + 1);
    setTarget(null);
    alerts.reload();
  };

  // The raise/lower form keeps its level to itself: its select's change bubbles up to here.
  const pickTarget = (e: FormEvent<HTMLDivElement>) => {
    const el = e.target;
    if (!(el instanceof HTMLSelectElement) || !active) return;
    const level = ALERT_LEVELS.find((l) => l === el.value);
    setTarget(level ? { alertId: active.id, level } : null);
  };
  const preview =
    active && target?.alertId === active.id && target.level !== active.level ? target.level : null;

  const applyDraft = (d: IssueDraft) => {
    setDraft((prev) => ({ n: prev.n + 1, draft: d }));
    requestAnimationFrame(() => {
      const form = document.getElementById('air-issue-form');
      form?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      form?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    });
  };

  const title = <title>{`${t('air.command.title')} · ${t('app.name')} ${t('app.nameLatin')}`}</title>;
  const head = (
    <header className="page-head">
      <h1>{t('air.command.title')}</h1>
      <p className="lead">{t('air.command.lead')}</p>
    </header>
  );
  if (alerts.error instanceof ApiError && alerts.error.status === 403) {
    return (
      <div className="air-page">
        {title}
        {head}
        <NoAccess error={alerts.error} />
      </div>
    );
  }
  if (!alerts.data) {
    return (
      <div className="air-page">
        {title}
        {head}
        {alerts.error ? <ErrorMessage error={alerts.error} onRetry={alerts.reload} /> : <Loading />}
      </div>
    );
  }
  return (
    <div className="air-page air-command">
      {title}
      {head}
      {flash ? (
        <p className="alert air-alert-ok" role="status">
          {flash}
        </p>
      ) : null}
      {alerts.error ? <ErrorMessage error={alerts.error} onRetry={alerts.reload} /> : null}
      <section aria-labelledby="current-title" className="air-current">
        <h2 id="current-title" className="visually-hidden">
          {t('air.command.current')}
        </h2>
        {active ? (
          <AirLevelBanner alert={active} headingLevel={3} />
        ) : (
          <p className="card air-none-title">{t('air.command.noActive')}</p>
        )}
      </section>
      <div className="air-command-layout">
        <div className="air-command-main">
          {selected ? <AlertTimeline alert={selected} /> : null}
          {selected ? (
            <p>
              <a
                className="button button-secondary button-small"
                href={`/api/v1/air/alerts/${selected.id}/order.pdf`}
                target="_blank"
                rel="noopener"
              >
                {t('air.command.printOrder')}
              </a>
            </p>
          ) : null}
          {selected ? (
            <AirReceiptBoard key={`${selected.id}-${version}`} alertId={selected.id} />
          ) : (
            <p className="card empty">{t('air.command.receipts.noneSelected')}</p>
          )}
          <CurrentMeasures version={version} />
        </div>
        <div className="air-command-side">
          <section className="card" aria-labelledby="alerts-title">
            <h2 id="alerts-title" className="section-title">
              {t('air.command.alerts')}
            </h2>
            <ExportLink path="/air/alerts/export.xlsx" />
            <AlertList alerts={list} selectedId={selected?.id ?? null} onSelect={setChosen} />
          </section>
          {active ? (
            <>
              <div className="air-change-with-preview" onChange={pickTarget}>
                <ChangeAlertForm key={`change-${active.id}-${version}`} alert={active} onDone={onDone} />
              </div>
              {preview ? <AirMeasureChanges from={active.level} to={preview} /> : null}
              <LiftAlertForm key={`lift-${active.id}-${version}`} alert={active} onDone={onDone} />
            </>
          ) : null}
          <IssueAlertForm
            key={`issue-${draft.n}-${version}`}
            draft={draft.draft}
            hasActive={active !== null}
            onDone={onDone}
          />
          <AirForecastHelper today={today} onUse={applyDraft} />
        </div>
      </div>
      <AirSubplans />
    </div>
  );
}
