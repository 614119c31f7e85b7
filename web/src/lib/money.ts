/**
 * @module web/lib/money
 * Formatting of the API's yuan strings (`"1234.50"`) for display (`1,234.50`), by string
 * manipulation only: money never passes through a JavaScript float.
 */

const YUAN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** `"1234.5"` → `"1,234.50"`; a string that is not a decimal comes back unchanged. */
export function groupYuan(amount: string): string {
  const m = YUAN.exec(amount.trim());
  if (!m) return amount;
  const sign = m[1] ?? '';
  const int = (m[2] ?? '0').replace(/^0+(?=\d)/, '');
  const frac = (m[3] ?? '').padEnd(2, '0');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}.${frac}`;
}
