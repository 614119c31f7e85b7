/**
 * @module web/lib/heating-chart
 * Geometry for the inline-SVG charts of the heating and targets pages. The figures stay exact
 * decimal strings for display; only bar lengths and point heights are computed, as integer pixels
 * scaled to the largest value, from the decimal text (no float ever reaches a displayed number).
 */

/** A non-negative decimal string as a number for scaling only (`"12.50"` → 12.5; bad text → 0). */
export function magnitude(text: string | null | undefined): number {
  if (!text || !/^\d+(\.\d+)?$/.test(text)) return 0;
  return Number(text);
}

/** Bar length in pixels of `value` on a scale whose largest value is `max` (at least 1 px when > 0). */
export function barLength(value: string | null | undefined, max: number, width: number): number {
  const v = magnitude(value);
  if (max <= 0 || v <= 0) return 0;
  return Math.max(1, Math.round((v / max) * width));
}

/** The largest of the values (0 when none). */
export function maxOf(values: readonly (string | null | undefined)[]): number {
  return values.reduce((m, v) => Math.max(m, magnitude(v)), 0);
}

/** A percentage text (`"11.80%"` or `"11.80"`) as its decimal text (`"11.80"`). */
export function percentText(p: string | undefined): string {
  return (p ?? '').replace(/%$/, '');
}

/** A round upper bound for an axis: 1, 2 or 5 × 10ⁿ at or above `max`. */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const f of [1, 2, 5, 10]) if (f * p >= max) return f * p;
  return 10 * p;
}
