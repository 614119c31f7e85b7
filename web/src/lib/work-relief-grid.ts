/**
 * @module web/lib/work-relief-grid
 * The attendance grid's logic, kept apart from React so it is tested on its own: what a click or a
 * key puts in a cell (a full day is 2 half-days, half a day 1, absent 0, blank no entry), which cells
 * may change (inside the worker's time on the project, not after today, not in a confirmed month),
 * the quick fills a clerk uses (a worker's whole month, everyone on one day), the edits to send, and
 * the wages due in yuan by integer arithmetic (never a float).
 */
import type { WrGridRow } from './work-relief-types.ts';

/** A cell: 2 full day, 1 half a day, 0 absent, undefined no entry. */
export type Cell = number | undefined;
/** Edits keyed `workerId|day`; null clears the day. */
export type Edits = ReadonlyMap<string, number | null>;

export const cellKey = (workerId: number, day: string) => `${workerId}|${day}`;

/** A click steps through: blank → full → half → absent → blank. */
export function nextCell(c: Cell): Cell {
  if (c === undefined) return 2;
  if (c === 2) return 1;
  if (c === 1) return 0;
  return undefined;
}

/** What a key types into a cell: `undefined` when the key means nothing here. */
export function keyCell(key: string): Cell | null | 'none' {
  if (['1', '2', 'f', 'F', '√'].includes(key)) return 2;
  if (['5', 'h', 'H', '.'].includes(key)) return 1;
  if (['0', 'x', 'X', 'a', 'A'].includes(key)) return 0;
  if (['Backspace', 'Delete', ' '].includes(key)) return null;
  return 'none';
}

/** The mark shown in a cell. */
export function cellMark(c: Cell): string {
  return c === 2 ? '√' : c === 1 ? '½' : c === 0 ? '×' : '';
}

/** May this cell change? */
export function editable(row: WrGridRow, day: string, today: string): boolean {
  return !row.locked && day <= today && day >= row.joinedOn && (row.leftOn === null || day <= row.leftOn);
}

/** The cell as shown: the edit when there is one, else what is saved. */
export function cellOf(row: WrGridRow, day: string, edits: Edits): Cell {
  const k = cellKey(row.workerId, day);
  if (edits.has(k)) return edits.get(k) ?? undefined;
  return row.cells[day];
}

/** Sets a cell, dropping the edit when it returns to what is saved. */
export function withCell(edits: Edits, row: WrGridRow, day: string, value: Cell): Map<string, number | null> {
  const next = new Map(edits);
  const k = cellKey(row.workerId, day);
  if (row.cells[day] === value) next.delete(k);
  else next.set(k, value ?? null);
  return next;
}

/** ISO weekday of a `YYYY-MM-DD` date, 7 = Sunday. */
export function weekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Marks every open weekday (Monday–Saturday) of a worker's month as a full day, where still blank. */
export function fillRow(
  edits: Edits,
  row: WrGridRow,
  days: readonly string[],
  today: string,
): Map<string, number | null> {
  let next = new Map(edits);
  for (const day of days)
    if (weekday(day) !== 7 && editable(row, day, today) && cellOf(row, day, next) === undefined)
      next = withCell(next, row, day, 2);
  return next;
}

/** Marks everyone present (a full day) on one day, where still blank. */
export function fillDay(
  edits: Edits,
  rows: readonly WrGridRow[],
  day: string,
  today: string,
): Map<string, number | null> {
  let next = new Map(edits);
  for (const row of rows)
    if (editable(row, day, today) && cellOf(row, day, next) === undefined) next = withCell(next, row, day, 2);
  return next;
}

/** The edits as the API takes them. */
export function entriesOf(edits: Edits): { workerId: number; day: string; halfDays: number | null }[] {
  return [...edits].map(([k, halfDays]) => {
    const [w = '0', day = ''] = k.split('|');
    return { workerId: Number(w), day, halfDays };
  });
}

/** A worker's half-days in the month, edits included. */
export function rowHalfDays(row: WrGridRow, days: readonly string[], edits: Edits): number {
  return days.reduce((n, d) => n + (cellOf(row, d, edits) ?? 0), 0);
}

/** Rate (yuan text) × half-days ÷ 2, rounded half up to the fen, as yuan text — exact, with BigInt. */
export function wagesDue(rate: string, halfDays: number): string {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(rate.trim());
  if (!m) return '';
  const fen = BigInt(m[1] ?? '0') * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  const twice = fen * BigInt(halfDays);
  const due = twice / 2n + (twice % 2n);
  return `${due / 100n}.${String(due % 100n).padStart(2, '0')}`;
}
