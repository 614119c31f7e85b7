/**
 * @module web/pages/work-relief-ledger-page
 * `/work-relief/ledger?project=&period=`: the month's wage ledger (1336号 三(四) 劳务报酬发放台账) —
 * per worker the days, rate and amount due (from attendance), his confirmation, what was paid to
 * his card, and arrears with their age; the actions to record a confirmation and a payment; the
 * workbook a clerk prints for the workers to sign.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { Money } from '../components/green-money.tsx';
import { Loading } from '../components/loading.tsx';
import { WrConfirmForm, WrPayForm } from '../components/work-relief-ledger-actions.tsx';
import { useProjectMonth, WrProjectMonth } from '../components/work-relief-pickers.tsx';
import { WrGate, WrHead, wrAccess, wrRefused } from '../components/work-relief-subnav.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { wrApi, wrLinks } from '../lib/work-relief-api.ts';
import type { WrLedger } from '../lib/work-relief-types.ts';

function LedgerTable({
  ledger,
  canWrite,
  today,
  onChange,
}: {
  ledger: WrLedger;
  canWrite: boolean;
  today: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  if (ledger.lines.length === 0) return <p className="empty">{t('workRelief.ledger.empty')}</p>;
  return (
    <div className="air-table-wrap">
      <table className="air-table wr-ledger">
        <thead>
          <tr>
            <th scope="col">{t('workRelief.ledger.worker')}</th>
            <th scope="col">{t('workRelief.ledger.days')}</th>
            <th scope="col">{t('workRelief.ledger.rate')}</th>
            <th scope="col">{t('workRelief.ledger.due')}</th>
            <th scope="col">{t('workRelief.ledger.status')}</th>
            <th scope="col">{t('workRelief.ledger.paid')}</th>
            <th scope="col">{t('workRelief.ledger.arrears')}</th>
            {canWrite ? <th scope="col">{t('workRelief.ledger.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {ledger.lines.map((l) => (
            <tr key={l.workerId} data-worker={l.workerId}>
              <th scope="row">
                {l.name}
                <span className="muted small" style={{ display: 'block' }}>
                  {l.residentId} · {l.bankCard}
                </span>
              </th>
              <td className="num">{l.days}</td>
              <td className="num">
                <Money amount={l.dailyRate} />
              </td>
              <td className="num">
                <Money amount={l.due} />
              </td>
              <td>
                {t(`workRelief.lineStatus.${l.status}`)}
                {l.confirmedOn ? (
                  <span className="muted small" style={{ display: 'block' }}>
                    {t('workRelief.ledger.confirmedOnShort', { date: l.confirmedOn })}
                  </span>
                ) : null}
              </td>
              <td className="num">
                <Money amount={l.paid} />
              </td>
              <td>
                {l.arrears ? (
                  <span className="badge badge-outcome-ineligible">
                    {t('workRelief.ledger.arrearsAge', { amount: l.arrears.amount, days: l.arrears.ageDays })}
                  </span>
                ) : (
                  <span className="muted small">{t('workRelief.ledger.dueOn', { date: l.payDueOn })}</span>
                )}
              </td>
              {canWrite ? (
                <td>
                  {l.status === 'open' ? (
                    <details key="confirm">
                      <summary>{t('workRelief.ledger.confirm')}</summary>
                      <WrConfirmForm
                        projectId={ledger.projectId}
                        period={ledger.period}
                        line={l}
                        today={today}
                        onDone={onChange}
                      />
                    </details>
                  ) : l.status !== 'paid' ? (
                    <details key="pay">
                      <summary>{t('workRelief.ledger.pay')}</summary>
                      <WrPayForm
                        projectId={ledger.projectId}
                        period={ledger.period}
                        line={l}
                        today={today}
                        onDone={onChange}
                      />
                    </details>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="green-total-row">
            <th scope="row">{t('workRelief.ledger.total')}</th>
            <td className="num">
              {ledger.totals.halfDays % 2 === 0
                ? ledger.totals.halfDays / 2
                : `${(ledger.totals.halfDays - 1) / 2}.5`}
            </td>
            <td />
            <td className="num">
              <Money amount={ledger.totals.due} />
            </td>
            <td />
            <td className="num">
              <Money amount={ledger.totals.paid} />
            </td>
            <td className="num">
              <Money amount={ledger.totals.arrears} />
            </td>
            {canWrite ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function WorkReliefLedgerPage() {
  const { t } = useTranslation();
  const { user, today } = useApp();
  const projects = useAsync((signal) => wrApi.projects(signal), [user?.id]);
  const { projectId, period, setProject, setPeriod } = useProjectMonth(projects.data?.projects, today);
  const ledger = useAsync(
    (signal) => (projectId === null ? Promise.resolve(null) : wrApi.ledger(projectId, period, signal)),
    [projectId, period, user?.id],
  );
  const head = <WrHead title={t('workRelief.ledger.title')} lead={t('workRelief.ledger.lead')} />;
  if (user === undefined || !wrAccess(user).read || wrRefused(projects.error))
    return (
      <div className="wr-page">
        {head}
        <WrGate user={user} error={projects.error} />
      </div>
    );
  return (
    <div className="wr-page">
      {head}
      {projects.error ? <ErrorMessage error={projects.error} onRetry={projects.reload} /> : null}
      {projects.data ? (
        projects.data.projects.length === 0 ? (
          <p className="empty">{t('workRelief.projects.empty')}</p>
        ) : (
          <WrProjectMonth
            projects={projects.data.projects}
            projectId={projectId}
            period={period}
            onProject={setProject}
            onPeriod={setPeriod}
          />
        )
      ) : projects.error ? null : (
        <Loading />
      )}
      {ledger.error ? <ErrorMessage error={ledger.error} onRetry={ledger.reload} /> : null}
      {ledger.data ? (
        <section className="card" aria-labelledby="wr-ledger-title">
          <h2 id="wr-ledger-title" className="section-title">
            {t('workRelief.ledger.tableTitle', { period, code: ledger.data.projectCode })}
          </h2>
          <p>
            <a
              className="button button-secondary button-small"
              href={wrLinks.ledger(ledger.data.projectId, period)}
              download
            >
              {t('workRelief.ledger.export')}
            </a>{' '}
            <a
              className="button button-secondary button-small"
              href={`/api/v1/work-relief/projects/${ledger.data.projectId}/wage-sheet.pdf?period=${encodeURIComponent(period)}`}
              target="_blank"
              rel="noopener"
            >
              {t('workRelief.ledger.printPdf')}
            </a>
          </p>
          <LedgerTable
            ledger={ledger.data}
            canWrite={wrAccess(user).write}
            today={today}
            onChange={ledger.reload}
          />
          <p className="muted small">{t('workRelief.ledger.clause')}</p>
        </section>
      ) : ledger.loading && projectId !== null ? (
        <Loading />
      ) : null}
    </div>
  );
}
