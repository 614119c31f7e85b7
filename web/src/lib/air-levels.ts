/**
 * @module web/lib/air-levels
 * Alert levels and colours for display: the order of the levels, the response each starts, the
 * colour of each (when the API gives none), and a text colour that reads on any background.
 */
import type { AlertLevel, ResponseLevel, Rgb } from './air-types.ts';

/** Mildest first, as 二(一) lists them. */
export const ALERT_LEVELS: readonly AlertLevel[] = ['yellow', 'orange', 'red'];

/** 三1–3: yellow starts the III (三级) response, orange II, red I. */
export const RESPONSE_OF: Readonly<Record<AlertLevel, ResponseLevel>> = {
  yellow: 'III',
  orange: 'II',
  red: 'I',
};

/**
 * The colour of a level when the API sends only its name (the command centre's alerts): the
 * HJ 633 colours the plan's levels are named after.
 */
export const LEVEL_RGB: Readonly<Record<AlertLevel, Rgb>> = {
  yellow: [255, 255, 0],
  orange: [255, 126, 0],
  red: [255, 0, 0],
};

export const DARK_TEXT = '#1d1f23';
export const LIGHT_TEXT = '#ffffff';

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = Math.min(255, Math.max(0, c)) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two luminances. */
export function contrast(a: number, b: number): number {
  const [hi, lo] = a >= b ? [a, b] : [b, a];
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark or white text, whichever contrasts more with the background (dark on yellow and orange). */
export function textOn(rgb: Rgb): string {
  const bg = luminance(rgb);
  return contrast(bg, luminance([29, 31, 35])) >= contrast(bg, 1) ? DARK_TEXT : LIGHT_TEXT;
}

/** `rgb(r g b)` for CSS. */
export function cssRgb([r, g, b]: Rgb): string {
  return `rgb(${r} ${g} ${b})`;
}

/** True for one of the three levels. */
export function isAlertLevel(value: unknown): value is AlertLevel {
  return typeof value === 'string' && (ALERT_LEVELS as readonly string[]).includes(value);
}

/** -1, 0 or 1 as `a` is milder than, as severe as, or more severe than `b`. */
export function compareLevels(a: AlertLevel, b: AlertLevel): number {
  return Math.sign(ALERT_LEVELS.indexOf(a) - ALERT_LEVELS.indexOf(b));
}
