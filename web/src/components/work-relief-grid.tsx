/**
 * @module web/components/work-relief-grid
 * The month's attendance as a grid, built for a site clerk's speed: one row per worker, one column
 * per day; a click steps a cell through √ (full day) → ½ → × (absent) → blank, keys type it
 * (1 full, 5 half, 0 absent, Delete clears) and the arrow keys move between cells; "fill the month"
 * marks a worker's open weekdays (Mon–Sat) and a day's header marks everyone present that day. Days
 * outside a worker's time, after today or in a month he has confirmed cannot change. Totals and
 * the wages due follow the edits (exact yuan).
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Cell,
  cellMark,
  cellOf,
  type Edits,
  editable,
  fillDay,
  fillRow,
  keyCell,
  nextCell,
  rowHalfDays,
  wagesDue,
  weekday,
  withCell,
} from '../lib/work-relief-grid.ts';
import type { WrGrid } from '../lib/work-relief-types.ts';

const MARKS = {
  0: 'workRelief.attendance.mark0',
  1: 'workRelief.attendance.mark1',
  2: 'workRelief.attendance.mark2',
} as const;
const DAY_BUTTON = {
  background: 'none',
  border: 0,
  padding: '0.1rem',
  font: 'inherit',
  fontWeight: 600,
  color: 'inherit',
  cursor: 'pointer',
  textDecoration: 'underline dotted',
};
const CELL = { minWidth: '2rem', padding: '0.2rem', textAlign: 'center' as const };
const SUNDAY = { background: '#f3f4f6' };

function moveFocus(e: KeyboardEvent<HTMLButtonElement>, r: number, c: number): boolean {
  const step: Record<string, [number, number]> = {
    ArrowRight: [0, 1],
    ArrowLeft: [0, -1],
    ArrowDown: [1, 0],
    ArrowUp: [-1, 0],
  };
  const d = step[e.key];
  if (!d) return false;
  const target = document.querySelector<HTMLButtonElement>(`[data-cell="${r + d[0]}-${c + d[1]}"]`);
  target?.focus();
  e.preventDefault();
  return true;
}

export function WrGridTable({
  grid,
  edits,
  onEdits,
  canWrite,
}: {
  grid: WrGrid;
  edits: Edits;
  onEdits: (next: Edits) => void;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  if (grid.rows.length === 0) return <p className="empty">{t('workRelief.attendance.empty')}</p>;
  const set = (ri: number, day: string, value: Cell) => onEdits(withCell(edits, grid.rows[ri]!, day, value));
  return (
    <div className="air-table-wrap">
      <table className="air-table wr-grid" style={{ fontSize: '0.85rem' }}>
        <caption className="visually-hidden">
          {t('workRelief.attendance.caption', { period: grid.period })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('workRelief.attendance.worker')}</th>
            {grid.days.map((day) => (
              <th key={day} scope="col" style={{ ...CELL, ...(weekday(day) === 7 ? SUNDAY : {}) }}>
                {canWrite ? (
                  <button
                    type="button"
                    className="wr-day"
                    style={DAY_BUTTON}
                    title={t('workRelief.attendance.fillDay', { day })}
                    aria-label={t('workRelief.attendance.fillDay', { day })}
                    onClick={() => onEdits(fillDay(edits, grid.rows, day, grid.today))}
                  >
                    {Number(day.slice(8))}
                  </button>
                ) : (
                  Number(day.slice(8))
                )}
              </th>
            ))}
            <th scope="col">{t('workRelief.attendance.days')}</th>
            <th scope="col">{t('workRelief.attendance.due')}</th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, ri) => {
            const half = rowHalfDays(row, grid.days, edits);
            return (
              <tr key={row.workerId}>
                <th scope="row" style={{ whiteSpace: 'nowrap' }}>
                  {row.name}
                  <span className="muted small" style={{ display: 'block' }}>
                    {row.post}
                    {row.keyPost ? ` · ${t('workRelief.common.keyPost')}` : ''}
                    {row.locked ? ` · ${t('workRelief.attendance.locked')}` : ''}
                  </span>
                  {canWrite && !row.locked ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => onEdits(fillRow(edits, row, grid.days, grid.today))}
                    >
                      {t('workRelief.attendance.fillRow')}
                    </button>
                  ) : null}
                </th>
                {grid.days.map((day, ci) => {
                  const c = cellOf(row, day, edits);
                  const open = canWrite && editable(row, day, grid.today);
                  const changed = edits.has(`${row.workerId}|${day}`);
                  const label = `${row.name} ${day} ${c === undefined ? t('workRelief.attendance.blank') : t(MARKS[c as 0 | 1 | 2])}`;
                  return (
                    <td
                      key={day}
                      style={{
                        ...CELL,
                        ...(weekday(day) === 7 ? SUNDAY : {}),
                        ...(changed ? { background: '#fff7d6' } : {}),
                      }}
                    >
                      <button
                        type="button"
                        data-cell={`${ri}-${ci}`}
                        data-day={day}
                        data-worker={row.workerId}
                        className="wr-cell"
                        disabled={!open}
                        aria-label={label}
                        style={{
                          width: '1.8rem',
                          height: '1.8rem',
                          border: '1px solid #cfd4dc',
                          borderRadius: 4,
                          background: open ? '#fff' : 'transparent',
                          cursor: open ? 'pointer' : 'default',
                        }}
                        onClick={() => set(ri, day, nextCell(c))}
                        onKeyDown={(e) => {
                          if (moveFocus(e, ri, ci)) return;
                          const v = keyCell(e.key);
                          if (v === 'none') return;
                          e.preventDefault();
                          set(ri, day, v === null ? undefined : v);
                          moveFocus(
                            {
                              ...e,
                              key: 'ArrowRight',
                              preventDefault: () => {},
                            } as KeyboardEvent<HTMLButtonElement>,
                            ri,
                            ci,
                          );
                        }}
                      >
                        {cellMark(c)}
                      </button>
                    </td>
                  );
                })}
                <td className="num">{half % 2 === 0 ? half / 2 : `${(half - 1) / 2}.5`}</td>
                <td className="num">{wagesDue(row.dailyRate, half)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
