/**
 * @module web/pages/air-alert-page
 * `/air`, public: the heavy air-pollution alert in force, for residents on a phone. The level in
 * its colour, then what matters most to a resident first (health guidance, driving rules), then
 * the advisory and the folded mandatory measures, the order number and the clauses cited.
 * Refreshes every minute.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { RefreshLine, useAutoRefresh } from '../components/air-auto-refresh.tsx';
import { AirLevelBanner } from '../components/air-level-banner.tsx';
import { DrivingList, MeasureList } from '../components/air-measures.tsx';
import { CitationView } from '../components/citation-view.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import type { PublicAlert } from '../lib/air-types.ts';

function NoAlert() {
  const { t } = useTranslation();
  return (
    <section className="card air-none" aria-labelledby="air-none-title">
      <h2 id="air-none-title" className="air-none-title">
        <span aria-hidden="true">✓ </span>
        {t('air.alert.none')}
      </h2>
      <p>{t('air.alert.noneBody')}</p>
      <p className="air-links">
        <Link className="button button-primary" to="/air/aqi">
          {t('air.alert.aqiLink')}
        </Link>
        <Link className="button button-secondary" to="/air/vehicle-check">
          {t('air.alert.vehicleLink')}
        </Link>
      </p>
    </section>
  );
}

function AlertBody({ alert }: { alert: PublicAlert }) {
  const { t } = useTranslation();
  const { measures } = alert;
  return (
    <>
      <AirLevelBanner alert={alert} rgb={alert.colour.rgb} />
      <section className="card air-section air-health" aria-labelledby="air-health-title">
        <h2 id="air-health-title" className="section-title">
          {t('air.alert.health')}
        </h2>
        <p className="muted">{t('air.alert.healthLead')}</p>
        <MeasureList measures={measures.health} leads={false} />
      </section>
      <section className="card air-section" aria-labelledby="air-driving-title">
        <h2 id="air-driving-title" className="section-title">
          {t('air.alert.driving')}
        </h2>
        <DrivingList driving={alert.driving} />
        <p>
          <Link className="button button-primary button-block-phone" to="/air/vehicle-check">
            {t('air.alert.vehicleLink')}
          </Link>
        </p>
      </section>
      <section className="card air-section" aria-labelledby="air-advisory-title">
        <h2 id="air-advisory-title" className="section-title">
          {t('air.alert.advisory')}
        </h2>
        <MeasureList measures={measures.advisory} leads={false} />
      </section>
      <section
        className="card air-section"
        aria-label={t('air.alert.mandatory', { count: measures.mandatory.length })}
      >
        <details className="air-details">
          <summary>
            <span className="air-summary-title">
              {t('air.alert.mandatory', { count: measures.mandatory.length })}
            </span>
            <span className="muted small">{t('air.alert.mandatoryHint')}</span>
          </summary>
          <MeasureList measures={measures.mandatory} />
        </details>
      </section>
      <section className="card air-section" aria-labelledby="air-citations-title">
        <h2 id="air-citations-title" className="section-title">
          {t('air.alert.citations')}
        </h2>
        <p>{t('air.alert.orderNumber', { number: alert.number })}</p>
        {alert.citations.map((c) => (
          <CitationView key={`${c.policyId}|${c.clause}|${c.quote}`} citation={c} />
        ))}
      </section>
    </>
  );
}

export function AirAlertPage() {
  const { t } = useTranslation();
  const current = useAsync((signal) => api.air.current(signal), []);
  useAutoRefresh(current.reload);
  const { data } = current;
  return (
    <div className="air-page">
      <title>{`${t('air.alert.title')} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <header className="page-head">
        <h1>{t('air.alert.title')}</h1>
        <p className="lead">{t('air.alert.lead')}</p>
      </header>
      {data === undefined ? (
        current.error ? (
          <ErrorMessage error={current.error} onRetry={current.reload} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          {data.alert ? <AlertBody alert={data.alert} /> : <NoAlert />}
          <RefreshLine
            asOf={data.asOf}
            failed={Boolean(current.error)}
            busy={current.loading}
            onRefresh={current.reload}
          />
        </>
      )}
    </div>
  );
}
