/**
 * @module web/components/air-alert-list
 * The command centre's record: every alert (the active one on top) with its level, status,
 * source, times and receipt counts, one of them chosen; and the chosen alert's timeline of
 * events (issued, raised, lowered, extended, lifted), each with its order number and note.
 */
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { cssRgb, LEVEL_RGB, textOn } from '../lib/air-levels.ts';
import { formatShanghai } from '../lib/air-time.ts';
import type { Alert, AlertEvent, AlertLevel } from '../lib/air-types.ts';

/** A level as a small coloured chip that always carries its word. */
export function LevelChip({ level }: { level: AlertLevel }) {
  const { t } = useTranslation();
  const rgb = LEVEL_RGB[level];
  return (
    <span className="air-chip" style={{ backgroundColor: cssRgb(rgb), color: textOn(rgb) }}>
      {t(`air.levels.${level}`)}
    </span>
  );
}

export function AlertList({
  alerts,
  selectedId,
  onSelect,
}: {
  alerts: readonly Alert[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  const { t } = useTranslation();
  if (alerts.length === 0) return <p className="empty">{t('air.command.noAlerts')}</p>;
  return (
    <ul className="plain-list air-alert-list">
      {alerts.map((a) => {
        const selected = a.id === selectedId;
        return (
          <li key={a.id} className={`air-alert-item${selected ? ' is-selected' : ''}`}>
            <div className="air-alert-item-head">
              <LevelChip level={a.level} />
              <span className={`badge air-status-${a.status}`}>{t(`air.command.status.${a.status}`)}</span>
              <strong>{a.number}</strong>
            </div>
            <p className="small">
              {formatShanghai(a.startsAt)} – {a.endsAt ? formatShanghai(a.endsAt) : t('air.time.untilLifted')}
              {a.liftedAt ? ` · ${t('air.command.liftedAt')} ${formatShanghai(a.liftedAt)}` : null}
            </p>
            <p className="small muted">
              {t(`air.command.source.${a.source}`)} ·{' '}
              {t('air.command.receiptsLine', {
                acknowledged: a.receipts.acknowledged,
                total: a.receipts.total,
                pending: a.receipts.pending,
              })}
            </p>
            <button
              type="button"
              className="button button-small button-secondary"
              aria-pressed={selected}
              disabled={selected}
              onClick={() => onSelect(a.id)}
            >
              {selected ? t('air.command.viewing') : t('air.command.view')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function EventItem({ event }: { event: AlertEvent }) {
  const { t } = useTranslation();
  const levels =
    event.fromLevel && event.toLevel && event.fromLevel !== event.toLevel ? (
      <>
        <LevelChip level={event.fromLevel} /> → <LevelChip level={event.toLevel} />
      </>
    ) : event.toLevel ? (
      <LevelChip level={event.toLevel} />
    ) : event.fromLevel ? (
      <LevelChip level={event.fromLevel} />
    ) : null;
  return (
    <li className={`air-event air-event-${event.kind}`}>
      <p className="air-event-head">
        <time dateTime={event.at}>{formatShanghai(event.at)}</time>
        <strong>{t(`air.command.events.${event.kind}`)}</strong>
        {levels}
      </p>
      <p className="small muted">
        {t('air.command.eventBy', { actor: event.actor })}
        {event.number ? ` · ${t('air.command.eventNumber', { number: event.number })}` : null}
      </p>
      {event.note ? <p className="small">{event.note}</p> : null}
    </li>
  );
}

/** The events of an alert in order, with its command and duty. */
export function AlertTimeline({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const events = [...alert.events].sort((a, b) => a.seq - b.seq);
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        {t('air.command.timeline')} · {alert.number}
      </h2>
      {alert.command || alert.duty ? (
        <dl className="meta-list">
          {alert.command ? (
            <div>
              <dt>{t('air.command.commandBy')}</dt>
              <dd>{pick(alert.command)}</dd>
            </div>
          ) : null}
          {alert.duty ? (
            <div>
              <dt>{t('air.command.duty')}</dt>
              <dd>{pick(alert.duty)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <ol className="air-timeline">
        {events.map((e) => (
          <EventItem key={e.seq} event={e} />
        ))}
      </ol>
    </section>
  );
}
