/**
 * @module web/pages/air-notices-page
 * `/air/notices`, for any signed-in user: the alert notices sent to the user's member unit or
 * enterprise, newest first, each with "acknowledge receipt" until it is acknowledged.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { LevelChip } from '../components/air-alert-list.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { isAlertLevel } from '../lib/air-levels.ts';
import { formatShanghai } from '../lib/air-time.ts';
import type { AirNotice } from '../lib/air-types.ts';

const EVENT_KINDS = ['issue', 'raise', 'lower', 'lift', 'extend'] as const;
const RECIPIENT_KINDS = ['unit', 'enterprise', 'site'] as const;

function KindLabel({ kind }: { kind: string }) {
  const { t } = useTranslation();
  const ev = EVENT_KINDS.find((k) => k === kind);
  if (ev) return <strong>{t(`air.command.events.${ev}`)}</strong>;
  const rk = RECIPIENT_KINDS.find((k) => k === kind);
  return rk ? <span className="muted">{t(`air.command.receipts.kinds.${rk}`)}</span> : null;
}

function NoticeCard({ notice, onAcked }: { notice: AirNotice; onAcked: (n: AirNotice) => void }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ack = () => {
    setBusy(true);
    setError(null);
    api.air.ack(notice.id).then(
      (n) => {
        setBusy(false);
        onAcked(n);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  const pending = notice.acknowledgedAt === null;
  return (
    <li className={`card air-notice${pending ? ' air-notice-pending' : ''}`}>
      <div className="air-alert-item-head">
        {isAlertLevel(notice.level) ? <LevelChip level={notice.level} /> : null}
        <KindLabel kind={notice.kind} />
        {notice.number ? <span>{notice.number}</span> : null}
      </div>
      {notice.levelLabel && !isAlertLevel(notice.level) ? <p>{pick(notice.levelLabel)}</p> : null}
      <p className="air-notice-text">{pick(notice.text)}</p>
      <p className="small muted">
        {t('air.notices.at')} {formatShanghai(notice.at)}
        {notice.deliveredAt ? ` · ${t('air.notices.delivered')} ${formatShanghai(notice.deliveredAt)}` : null}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {pending ? (
        <button type="button" className="button button-primary air-submit" disabled={busy} onClick={ack}>
          {busy ? t('air.notices.acking') : t('air.notices.ack')}
        </button>
      ) : (
        <p className="air-acked">
          <span aria-hidden="true">✓ </span>
          {t('air.notices.acked', { time: formatShanghai(notice.acknowledgedAt) })}
        </p>
      )}
    </li>
  );
}

export function AirNoticesPage() {
  const { t } = useTranslation();
  const notices = useAsync((signal) => api.air.notices(signal), []);
  // Acknowledged notices as the API answered, over the list as loaded.
  const [acked, setAcked] = useState<Readonly<Record<number, AirNotice>>>({});
  const list = (notices.data?.notices ?? [])
    .map((n) => acked[n.id] ?? n)
    .sort((a, b) => (Date.parse(b.at) || 0) - (Date.parse(a.at) || 0) || b.id - a.id);
  const pending = list.filter((n) => n.acknowledgedAt === null).length;
  return (
    <div className="air-page">
      <title>{`${t('air.notices.title')} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <header className="page-head">
        <h1>{t('air.notices.title')}</h1>
        <p className="lead">{t('air.notices.lead')}</p>
        {pending > 0 ? (
          <p className="badge air-pending">{t('air.notices.pending', { count: pending })}</p>
        ) : null}
        <ExportLink path="/air/notices/mine.xlsx" />
      </header>
      {notices.error ? <ErrorMessage error={notices.error} onRetry={notices.reload} /> : null}
      {!notices.data ? (
        notices.error ? null : (
          <Loading />
        )
      ) : list.length === 0 ? (
        <p className="empty">{t('air.notices.empty')}</p>
      ) : (
        <ul className="plain-list air-notices">
          {list.map((n) => (
            <NoticeCard key={n.id} notice={n} onAcked={(a) => setAcked((prev) => ({ ...prev, [n.id]: a }))} />
          ))}
        </ul>
      )}
    </div>
  );
}
