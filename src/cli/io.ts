/**
 * @module cli/io
 * What every command shares: output in text, JSON or JSON Lines, stdin reading, the as-of date,
 * and the exit codes (0 ok, 2 bad input, 1 fault).
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { invalidInput, ZhengceError } from '../engine/errors.ts';
import { type CalendarDate, parseCalendarDate, shanghaiDate } from '../engine/period.ts';

/** Streams and clock of one CLI run, injectable for tests. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  /** Whether stdin is a terminal (a password prompt needs one). */
  readonly stdinIsTTY: boolean;
}

/** How a command prints: text tables, one JSON document, or JSON Lines. */
export type OutputMode = 'text' | 'json' | 'jsonl';

export const EXIT_OK = 0;
export const EXIT_FAULT = 1;
export const EXIT_BAD_INPUT = 2;

export function out(io: CliIo, text: string): void {
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function outJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes one JSON line and waits while the reader is slower than the writer (backpressure). */
export async function outJsonLine(io: CliIo, value: unknown): Promise<void> {
  if (!io.stdout.write(`${JSON.stringify(value)}\n`)) await once(io.stdout, 'drain');
}

/** Today in Asia/Shanghai by the run's clock, or the given `--as-of`. */
export function asOfOption(io: CliIo, value: string | undefined): CalendarDate {
  if (value === undefined) return shanghaiDate(io.now());
  return parseCalendarDate(value, 'asOf');
}

/** Reads all of stdin as text. */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses stdin as one JSON document; a parse error names `stdin` as the field. */
export async function readJson(io: CliIo): Promise<unknown> {
  const text = await readAll(io.stdin);
  return parseJsonText(text, 'stdin');
}

/** Parses stdin as one JSON object; anything else (an array, null, a number) is refused naming `stdin`. */
export async function readJsonObject(io: CliIo): Promise<Record<string, unknown>> {
  const value = await readJson(io);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidInput('stdin', value, 'must be a JSON object', '须为 JSON 对象');
  return value as Record<string, unknown>;
}

export function parseJsonText(text: string, field: string): unknown {
  if (text.trim() === '') {
    throw new ZhengceError('ZC_ERR_INVALID_JSON', `${field}: expected a JSON document, got nothing`, {
      field,
      messageZh: `${field}：应为 JSON 文档，但输入为空`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ZhengceError('ZC_ERR_INVALID_JSON', `${field}: ${(e as Error).message}`, {
      field,
      messageZh: `${field}：不是有效的 JSON（${(e as Error).message}）`,
    });
  }
}

/** Lines of stdin, lazily (blank lines skipped), with their 1-based numbers. */
export async function* readLines(io: CliIo): AsyncGenerator<{ line: number; text: string }> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const text of rl) {
    n++;
    if (text.trim() !== '') yield { line: n, text };
  }
}

/** Prints an error as the JSON body (`--json`), one JSON line (`--jsonl`) or text, and returns the exit code. */
export function reportError(io: CliIo, err: unknown, mode: OutputMode): number {
  const json = mode !== 'text';
  const print = (body: unknown) =>
    mode === 'jsonl' ? io.stdout.write(`${JSON.stringify(body)}\n`) : outJson(io, body);
  if (err instanceof ZhengceError) {
    if (json) print(err.toJSON());
    else {
      io.stderr.write(`${err.code}: ${err.message}\n`);
      if (err.messageZh) io.stderr.write(`${err.messageZh}\n`);
    }
    return err.isInputError ? EXIT_BAD_INPUT : EXIT_FAULT;
  }
  const message = err instanceof Error ? err.message : String(err);
  if (json) print({ error: { code: 'ZC_ERR_INTERNAL', field: null, message } });
  else io.stderr.write(`ZC_ERR_INTERNAL: ${message}\n`);
  return EXIT_FAULT;
}

/**
 * `--jsonl`: answers each JSON line of stdin with `answer(value, line)` as one JSON line, in order.
 * A bad line answers `{"line": n, "error": {…}}` (also on stderr as text) and the run goes on;
 * the exit code is 2 when any line was bad. Faults still stop the run.
 */
export async function answerJsonLines(
  io: CliIo,
  answer: (value: unknown, line: number) => unknown,
): Promise<number> {
  let code = EXIT_OK;
  for await (const { line, text } of readLines(io)) {
    try {
      await outJsonLine(io, answer(parseJsonText(text, `stdin:${line}`), line));
    } catch (e) {
      if (!(e instanceof ZhengceError) || !e.isInputError) throw e;
      await outJsonLine(io, { line, ...e.toJSON() });
      code = EXIT_BAD_INPUT;
      reportError({ ...io, stdout: io.stderr }, e, 'text');
    }
  }
  return code;
}
