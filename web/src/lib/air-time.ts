/**
 * @module web/lib/air-time
 * Instants of the alert workflow shown and entered in Asia/Shanghai, whatever the browser's zone:
 * an alert order says "20:00 on 28 November" in Beijing time. China has kept UTC+8 with no
 * daylight saving since 1991, so a fixed offset is exact for every date the plan can concern.
 */

const OFFSET_MS = 8 * 60 * 60 * 1000;
/** The offset written on every instant the shell sends. */
export const SHANGHAI_OFFSET = '+08:00';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The wall-clock fields of an instant in Asia/Shanghai, or null for text that is no instant. */
function shanghaiParts(iso: string): { date: string; time: string } | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + OFFSET_MS);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { date, time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}

/**
 * An ISO instant as `YYYY-MM-DD HH:mm` in Asia/Shanghai; text that is not an instant is returned
 * as it came, so a surprise from the server is still visible.
 */
export function formatShanghai(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = shanghaiParts(iso);
  return p ? `${p.date} ${p.time}` : iso;
}

/** Only the `HH:mm` of an instant in Asia/Shanghai (for "updated at"). */
export function formatShanghaiTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return shanghaiParts(iso)?.time ?? iso;
}

/** True when `value` is a real `YYYY-MM-DDTHH:mm[:ss]` wall-clock time. */
export function isDateTimeLocal(value: string): boolean {
  const m = LOCAL.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d &&
    t.getUTCHours() === h &&
    t.getUTCMinutes() === mi &&
    t.getUTCSeconds() === s
  );
}

/**
 * A `<input type="datetime-local">` value read as Beijing time, as the ISO instant the API takes:
 * `2026-11-28T20:00` → `2026-11-28T20:00:00+08:00`. Null for an empty or malformed value.
 */
export function localToShanghaiIso(value: string): string | null {
  const v = value.trim();
  if (!isDateTimeLocal(v)) return null;
  return `${v.length === 16 ? `${v}:00` : v}${SHANGHAI_OFFSET}`;
}

/** An instant as a `datetime-local` value in Asia/Shanghai (`YYYY-MM-DDTHH:mm`), '' if none. */
export function isoToDateTimeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = shanghaiParts(iso);
  return p ? `${p.date}T${p.time}` : '';
}

/** The calendar day after `date` (`YYYY-MM-DD`). */
export function nextDay(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return date;
  return new Date(ms + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
