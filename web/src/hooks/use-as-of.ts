/**
 * @module web/hooks/use-as-of
 * The as-of date kept in the URL (`?asOf=YYYY-MM-DD`), defaulting to today in Asia/Shanghai. Today
 * is left out of the URL so a bookmark keeps meaning "today".
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useApp } from '../app-context.tsx';
import { isCalendarDate } from '../lib/dates.ts';

/** Returns the as-of date, whether the URL set it, and a setter that updates the URL. */
export function useAsOf(): {
  asOf: string;
  explicit: boolean;
  today: string;
  setAsOf: (date: string) => void;
} {
  const { today } = useApp();
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const explicit = isCalendarDate(raw);
  const asOf = explicit ? raw : today;
  const setAsOf = useCallback(
    (date: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (date === today) next.delete('asOf');
          else next.set('asOf', date);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams, today],
  );
  return { asOf, explicit, today, setAsOf };
}
