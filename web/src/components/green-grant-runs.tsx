/**
 * @module web/components/green-grant-runs
 * Grant runs: the record (number, date, state, counts by result, total) and one run in detail,
 * every listed row with its result (granted, already granted, not eligible, needs review, held),
 * amount and reasons; a reviewer of the bureau approves the run (its awards are approved and the
 * enterprises notified) or rejects it (what it proposed is freed).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { formatShanghai } from '../lib/air-time.ts';
import { greenApi } from '../lib/green-api.ts';
import type { GrantRun, GrantRunRow, RunSummary } from '../lib/green-types.ts';
import { itemOf } from '../lib/green-types.ts';
import { ErrorMessage } from './error-message.tsx';
import { GrantResultBadge, RunStateBadge } from './green-badges.tsx';
import { Money } from './green-money.tsx';
import { Loading } from './loading.tsx';

/** A row's reason code in words where the run gives a known one, else the rule's condition code. */
function useReasonText(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => {
    if (code === 'enterprise_not_registered') return t('green.runs.reasons.notRegistered');
    if (code === 'already_granted') return t('green.runs.reasons.alreadyGranted');
    if (code === 'not_in_force') return t('green.runs.reasons.notInForce');
    if (code.startsWith('standing_missing:'))
      return t('green.runs.reasons.standingMissing', { key: code.slice('standing_missing:'.length) });
    if (code.startsWith('invalid:')) {
      const [, field, ...rest] = code.split(':');
      return t('green.runs.reasons.invalid', { field: field ?? '', message: rest.join(':') });
    }
    return t('green.runs.reasons.condition', { code });
  };
}

function SummaryLine({ s }: { s: RunSummary }) {
  const { t } = useTranslation();
  return (
    <p className="green-run-summary small">
      {t('green.runs.summary', {
        rows: s.rows,
        granted: s.granted,
        already: s.alreadyGranted,
        ineligible: s.ineligible,
        review: s.needsReview,
        held: s.held,
      })}{' '}
      <Money amount={s.total} />
    </p>
  );
}

export function GreenRunTable({
  runs,
  selectedId,
  onSelect,
}: {
  runs: readonly GrantRun[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  const { t } = useTranslation();
  if (runs.length === 0) return <p className="empty">{t('green.runs.empty')}</p>;
  return (
    <div className="air-table-wrap">
      <table className="air-table green-table green-runs">
        <thead>
          <tr>
            <th scope="col">{t('green.runs.number')}</th>
            <th scope="col">{t('green.runs.asOf')}</th>
            <th scope="col">{t('green.runs.state')}</th>
            <th scope="col">{t('green.runs.rows')}</th>
            <th scope="col">{t('green.runs.granted')}</th>
            <th scope="col">{t('green.runs.total')}</th>
            <th scope="col">{t('green.runs.created')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} className={r.id === selectedId ? 'is-selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-current={r.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(r.id)}
                >
                  {r.number}
                </button>
              </th>
              <td className="num">{r.asOf}</td>
              <td>
                <RunStateBadge state={r.state} />
              </td>
              <td className="num">{r.summary.rows}</td>
              <td className="num">{r.summary.granted}</td>
              <td className="num">
                <Money amount={r.summary.total} />
              </td>
              <td className="num">
                {formatShanghai(r.createdAt)}
                <span className="muted small air-cell-sub">{r.createdBy}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ResultRows({ rows }: { rows: readonly GrantRunRow[] }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const reason = useReasonText();
  if (rows.length === 0) return <p className="empty">{t('green.runs.noRows')}</p>;
  return (
    <div className="air-table-wrap">
      <table className="air-table green-table green-run-rows">
        <thead>
          <tr>
            <th scope="col">{t('green.grants.row')}</th>
            <th scope="col">{t('green.runs.enterprise')}</th>
            <th scope="col">{t('green.runs.project')}</th>
            <th scope="col">{t('green.grants.item')}</th>
            <th scope="col">{t('green.runs.result')}</th>
            <th scope="col">{t('green.runs.amount')}</th>
            <th scope="col">{t('green.runs.reasonsColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.listRowId} className={`green-row-${r.result}`}>
              <td className="num">{r.rowNo}</td>
              <th scope="row">
                {pick(r.enterprise)}
                <code className="air-cell-sub small">{r.creditCode}</code>
              </th>
              <td>{r.projectName}</td>
              <td className="num">{itemOf(r.ruleId)}</td>
              <td>
                <GrantResultBadge result={r.result} />
              </td>
              <td className="num">
                <Money amount={r.amount} />
              </td>
              <td>
                {r.reasons.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="plain-list small">
                    {r.reasons.map((c) => (
                      <li key={c}>{reason(c)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GreenRunDetail({
  run,
  canDecide,
  onDecided,
}: {
  run: GrantRun;
  canDecide: boolean;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const detail = useAsync((signal) => greenApi.run(run.id, signal), [run.id, run.state]);
  const decide = (decision: 'approve' | 'reject') => {
    setBusy(true);
    setError(null);
    greenApi.decideRun(run.id, decision, note.trim() || undefined).then(
      () => {
        setBusy(false);
        onDecided(
          t(decision === 'approve' ? 'green.runs.approved' : 'green.runs.rejected', { number: run.number }),
        );
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <section className="card green-run-detail" aria-labelledby="green-run-title">
      <h2 id="green-run-title" className="section-title" tabIndex={-1}>
        {t('green.runs.detail', { number: run.number })} <RunStateBadge state={run.state} />
      </h2>
      <p className="muted small">
        {t('green.runs.meta', { asOf: run.asOf, by: run.createdBy, at: formatShanghai(run.createdAt) })}
        {run.decidedBy
          ? ` · ${t('green.runs.decided', { by: run.decidedBy, at: formatShanghai(run.decidedAt) })}`
          : ''}
      </p>
      <SummaryLine s={run.summary} />
      {Object.keys(run.summary.byRule).length > 0 ? (
        <ul className="plain-list small green-by-rule">
          {Object.entries(run.summary.byRule).map(([ruleId, v]) => (
            <li key={ruleId}>
              {t('green.runs.byRule', { n: itemOf(ruleId), granted: v.granted })} <Money amount={v.total} />
            </li>
          ))}
        </ul>
      ) : null}
      {canDecide && run.state === 'draft' ? (
        <div className="green-run-decide">
          <label>
            {t('green.runs.note')}
            <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          {error ? <ErrorMessage error={error} /> : null}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => decide('approve')}
            >
              {t('green.runs.approve')}
            </button>
            <button
              type="button"
              className="button button-primary air-danger"
              disabled={busy}
              onClick={() => decide('reject')}
            >
              {t('green.runs.reject')}
            </button>
          </div>
        </div>
      ) : null}
      <h3>{t('green.runs.rowsTitle')}</h3>
      {detail.error ? <ErrorMessage error={detail.error} onRetry={detail.reload} /> : null}
      {detail.data ? <ResultRows rows={detail.data.results} /> : detail.error ? null : <Loading />}
    </section>
  );
}
