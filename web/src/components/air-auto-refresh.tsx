/**
 * @module web/components/air-auto-refresh
 * Keeps a public alert page current: reloads every minute and when the tab comes back into view
 * (phones pause timers in the background), and says when the data is from.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../lib/air-time.ts';

/** The refresh period of the public pages. */
export const REFRESH_MS = 60_000;

/** Calls `reload` every `ms` and whenever the document becomes visible again. */
export function useAutoRefresh(reload: () => void, ms: number = REFRESH_MS): void {
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') reload();
    }, ms);
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload, ms]);
}

/** "Refreshes every 60 s · as of …", a refresh button, and a warning when the last try failed. */
export function RefreshLine({
  asOf,
  failed,
  busy,
  onRefresh,
}: {
  asOf: string | undefined;
  failed: boolean;
  busy: boolean;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  const time = formatShanghai(asOf);
  return (
    <div className="air-refresh">
      {failed ? (
        <p className="alert alert-warning" role="status">
          {t('air.refresh.stale', { time })}
        </p>
      ) : null}
      <p className="muted small">
        {t('air.refresh.auto', { time })}{' '}
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={busy}
          onClick={onRefresh}
        >
          {t('air.refresh.now')}
        </button>
      </p>
    </div>
  );
}
