/**
 * @module web/lib/green-money
 * The fund's yuan strings for display and charts, without floats: 万元 by moving the decimal
 * point in the text, sums and comparisons over integer fen as BigInt, and a bar's length as an
 * integer ratio. Only the final ratio (a length in the picture, never money) becomes a number.
 */

const YUAN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Groups the integer digits of a non-negative decimal text: `"1234.5"` → `"1,234.5"`. */
function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Yuan → 万元 (÷ 10,000) by moving the decimal point: `"400000.00"` → `"40"`,
 * `"1234567.89"` → `"123.456789"`, grouped by thousands; a text that is not a decimal comes back
 * unchanged.
 */
export function yuanToWan(amount: string): string {
  const m = YUAN.exec(amount.trim());
  if (!m) return amount;
  const sign = m[1] ?? '';
  const digits = `${(m[2] ?? '0').padStart(5, '0')}`;
  const int = digits.slice(0, -4).replace(/^0+(?=\d)/, '');
  const frac = `${digits.slice(-4)}${m[3] ?? ''}`.replace(/0+$/, '');
  const zero = /^0*$/.test(int) && frac === '';
  return `${zero ? '' : sign}${group(int)}${frac ? `.${frac}` : ''}`;
}

/** Yuan text → integer fen, or null when it is not a yuan amount with at most two decimals. */
export function yuanToFen(amount: string): bigint | null {
  const m = YUAN.exec(amount.trim());
  if (!m || (m[3] ?? '').length > 2) return null;
  const fen = BigInt(m[2] ?? '0') * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -fen : fen;
}

/** Integer fen → yuan text with two decimals: `123456n` → `"1234.56"`. */
export function fenToYuan(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const int = abs / 100n;
  const cents = String(abs % 100n).padStart(2, '0');
  return `${neg ? '-' : ''}${int}.${cents}`;
}

/** The exact sum of yuan texts (texts that are not amounts count as zero). */
export function sumYuan(amounts: readonly string[]): string {
  let total = 0n;
  for (const a of amounts) total += yuanToFen(a) ?? 0n;
  return fenToYuan(total);
}

/** The largest of some yuan texts ("0.00" for none). */
export function maxYuan(amounts: readonly string[]): string {
  let max = 0n;
  for (const a of amounts) {
    const f = yuanToFen(a) ?? 0n;
    if (f > max) max = f;
  }
  return fenToYuan(max);
}

/** True when the yuan text is a positive amount. */
export function isPositiveYuan(amount: string | null | undefined): boolean {
  if (amount === null || amount === undefined) return false;
  const f = yuanToFen(amount);
  return f !== null && f > 0n;
}

/**
 * `value / max` in thousandths, clamped to 0–1000, by integer division over fen; 0 when `max`
 * is not positive. For drawing bars only.
 */
export function permille(value: string, max: string): number {
  const v = yuanToFen(value) ?? 0n;
  const m = yuanToFen(max) ?? 0n;
  if (m <= 0n || v <= 0n) return 0;
  const r = (v * 1000n) / m;
  return Number(r > 1000n ? 1000n : r);
}
