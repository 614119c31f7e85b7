/**
 * @module bench/load/options
 * Command-line flags of the load benchmark and the soak (`--name value` or `--name=value`).
 */

/** The value of `--name` as a positive number, or `fallback`. */
export function numberFlag(argv: readonly string[], name: string, fallback: number): number {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === `--${name}`) raw = argv[i + 1];
    else if (a.startsWith(`--${name}=`)) raw = a.slice(name.length + 3);
  }
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`--${name}: ${JSON.stringify(raw)} is not a positive number`);
  return v;
}

/** The value of `--name` as text, or undefined. */
export function textFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === `--${name}`) return argv[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

/** Milliseconds as text with sensible precision. */
export function ms(v: number): string {
  return v < 10 ? v.toFixed(2) : v.toFixed(1);
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}
