/**
 * @module web/components/air-subplans
 * The member units' emergency sub-plans and 24-hour contacts (29号 四(一), 四(三)) on the command
 * centre: the 15-day deadline, the count per status, and the 17 units overdue first, each with
 * its leader and its contact's masked number. "Show number" asks for an optional reason and shows
 * the full number in that row only (the API audits every reveal); "edit" opens the unit's filing.
 */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import {
  orderUnits,
  type RevealedContact,
  replaceUnit,
  SUBPLAN_STATUSES,
  type SubplanBoard,
  type SubplanStatus,
  type SubplanUnit,
} from '../lib/air-subplans.ts';
import { formatShanghai } from '../lib/air-time.ts';
import { SubplanForm } from './air-subplan-form.tsx';
import { CitationView } from './citation-view.tsx';
import { ErrorMessage } from './error-message.tsx';
import { Loading } from './loading.tsx';

export function SubplanStatusBadge({ status }: { status: SubplanStatus }) {
  const { t } = useTranslation();
  return <span className={`badge air-subplan-${status}`}>{t(`air.subplans.statuses.${status}`)}</span>;
}

/** The contact, the masked number and "show number": a reason asked for, then the number inline. */
function ContactCell({
  unit,
  revealed,
  onRevealed,
}: {
  unit: SubplanUnit;
  revealed: RevealedContact | null;
  onRevealed: (r: RevealedContact | null) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!unit.contactName) return <span className="muted">{t('air.subplans.notFiled')}</span>;
  const reveal = () => {
    setBusy(true);
    setError(null);
    api.air.revealContact(unit.unit, reason.trim() ? { reason: reason.trim() } : {}).then(
      (r) => {
        setBusy(false);
        setAsking(false);
        setReason('');
        onRevealed(r);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <>
      {revealed?.contactName ?? unit.contactName}
      <span className="air-cell-sub air-subplan-phone">
        {revealed ? (
          <>
            <a href={`tel:${revealed.contactPhone.replace(/[^\d+]/g, '')}`}>{revealed.contactPhone}</a>{' '}
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => onRevealed(null)}
            >
              {t('air.subplans.hide')}
            </button>
          </>
        ) : (
          <>
            <span className="num">{unit.contactPhone}</span>{' '}
            {unit.contactPhone && !asking ? (
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={t('air.subplans.revealOf', { name: pick(unit.name) })}
                onClick={() => setAsking(true)}
              >
                {t('air.subplans.reveal')}
              </button>
            ) : null}
          </>
        )}
      </span>
      {asking && !revealed ? (
        <span className="air-subplan-reveal">
          <label className="small">
            {t('air.subplans.reason')}
            <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </label>
          <span className="air-subplan-reveal-actions">
            <button
              type="button"
              className="button button-small button-primary"
              disabled={busy}
              onClick={reveal}
            >
              {busy ? t('air.subplans.revealing') : t('air.subplans.revealConfirm')}
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => setAsking(false)}
            >
              {t('air.subplans.cancel')}
            </button>
          </span>
        </span>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}

const COLUMNS = 6;

function UnitRow({
  unit,
  board,
  onSaved,
}: {
  unit: SubplanUnit;
  board: SubplanBoard;
  onSaved: (row: SubplanUnit) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const [revealed, setRevealed] = useState<RevealedContact | null>(null);
  const [editing, setEditing] = useState(false);
  const formId = `air-subplan-form-${unit.unit}`;
  return (
    <Fragment>
      <tr className={`air-subplan-row air-subplan-row-${unit.status}`} data-unit={unit.unit}>
        <th scope="row">
          {pick(unit.name)}
          <span className="muted small air-cell-sub">{unit.unit}</span>
        </th>
        <td>
          <SubplanStatusBadge status={unit.status} />
          {unit.filedOn ? (
            <span className="small air-cell-sub">{t('air.subplans.filedOn', { date: unit.filedOn })}</span>
          ) : null}
          {unit.documentRef ? (
            <span className="small muted air-cell-sub">
              {t('air.subplans.documentRef', { ref: unit.documentRef })}
            </span>
          ) : null}
        </td>
        <td>{unit.leaderName ?? <span className="muted">{t('air.subplans.notFiled')}</span>}</td>
        <td>
          <ContactCell unit={unit} revealed={revealed} onRevealed={setRevealed} />
        </td>
        <td className="small">
          {unit.updatedAt
            ? unit.updatedBy
              ? t('air.subplans.updatedBy', { time: formatShanghai(unit.updatedAt), by: unit.updatedBy })
              : formatShanghai(unit.updatedAt)
            : null}
        </td>
        <td>
          <button
            type="button"
            className="button button-small button-secondary"
            aria-expanded={editing}
            aria-controls={editing ? formId : undefined}
            aria-label={editing ? undefined : t('air.subplans.editOf', { name: pick(unit.name) })}
            onClick={() => setEditing((v) => !v)}
          >
            {editing ? t('air.subplans.close') : t('air.subplans.edit')}
          </button>
        </td>
      </tr>
      {editing ? (
        <tr id={formId} className="air-subplan-edit-row">
          <td colSpan={COLUMNS}>
            <SubplanForm
              unit={unit}
              releasedOn={board.deadline.releasedOn}
              revealedPhone={revealed?.contactPhone}
              onCancel={() => setEditing(false)}
              onSaved={(row) => {
                setEditing(false);
                setRevealed(null);
                onSaved(row);
              }}
            />
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

function Board({ board, onSaved }: { board: SubplanBoard; onSaved: (row: SubplanUnit) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="air-subplan-deadline">
        <strong>{t('air.subplans.deadline', { ...board.deadline })}</strong>{' '}
        <span className="muted small">{t('air.subplans.asOf', { date: board.asOf })}</span>
      </p>
      <ul className="plain-list air-subplan-counts" aria-label={t('air.subplans.countsLabel')}>
        {SUBPLAN_STATUSES.map((s) => (
          <li key={s}>
            <span className={`badge air-subplan-${s}`}>
              {t('air.subplans.count', { label: t(`air.subplans.statuses.${s}`), count: board.counts[s] })}
            </span>
          </li>
        ))}
      </ul>
      <p className="small muted air-subplan-note">{t('air.subplans.auditNote')}</p>
      <div className="air-table-wrap">
        <table className="air-table air-subplan-table">
          <thead>
            <tr>
              <th scope="col">{t('air.subplans.unit')}</th>
              <th scope="col">{t('air.subplans.status')}</th>
              <th scope="col">{t('air.subplans.leader')}</th>
              <th scope="col">{t('air.subplans.contact')}</th>
              <th scope="col">{t('air.subplans.updated')}</th>
              <th scope="col">{t('air.subplans.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {orderUnits(board.units).map((u) => (
              <UnitRow key={u.unit} unit={u} board={board} onSaved={onSaved} />
            ))}
          </tbody>
        </table>
      </div>
      {board.citations.length > 0 ? (
        <details className="air-details">
          <summary>{t('air.subplans.citations')}</summary>
          {board.citations.map((c) => (
            <CitationView key={c.clause} citation={c} />
          ))}
        </details>
      ) : null}
    </>
  );
}

export function AirSubplans() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const board = useAsync((signal) => api.air.subplans(signal), []);
  // A filing answers its unit's row: laid over the board it was made on, counts recounted.
  const [edited, setEdited] = useState<{ basis: SubplanBoard; board: SubplanBoard } | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const data = edited && edited.basis === board.data ? edited.board : board.data;
  const onSaved = (row: SubplanUnit) => {
    if (!board.data || !data) return;
    setEdited({ basis: board.data, board: replaceUnit(data, row) });
    setFlash(t('air.subplans.saved', { name: pick(row.name) }));
  };
  return (
    <section className="card air-subplans" aria-labelledby="subplans-title">
      <h2 id="subplans-title" className="section-title">
        {t('air.subplans.title')}
      </h2>
      <p className="muted">{t('air.subplans.lead')}</p>
      {board.error ? <ErrorMessage error={board.error} onRetry={board.reload} /> : null}
      {flash ? (
        <p className="alert air-alert-ok" role="status">
          {flash}
        </p>
      ) : null}
      {data ? <Board board={data} onSaved={onSaved} /> : board.error ? null : <Loading />}
    </section>
  );
}
