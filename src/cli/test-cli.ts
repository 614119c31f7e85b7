/**
 * @module cli/test-cli
 * Runs the `zhengce` bin as a user would, for the CLI tests: `node bin/zhengce.js …` from the
 * repository root with a clean environment, stdin written and closed (or left open), killed after
 * 30 s.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/zhengce.js', import.meta.url));

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The error body every command prints with `--json`. */
export interface ErrorBody {
  readonly error: {
    code: string;
    field: string | null;
    message: string;
    messageZh?: string;
    value?: unknown;
    details?: { field: string; message: string }[];
  };
}

/**
 * Runs the bin with `args`. `stdin` is written and closed, or with `null` left open (a command
 * that must not read it still has to finish). `closeStdoutAfter` closes the pipe early, as `head`
 * does. `env` is added to a copy of the environment from
 * which DATABASE_URL and ZHENGCE_PASSWORD are removed.
 */
export function runCli(
  args: readonly string[],
  opts: { stdin?: string | null; env?: Record<string, string>; closeStdoutAfter?: number } = {},
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'ZHENGCE_PASSWORD', 'NODE_TEST_CONTEXT']) delete env[k];
  Object.assign(env, opts.env);
  const stdin = opts.stdin === undefined ? '' : opts.stdin;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      // A reader like `head -c N`: stop reading and close the pipe once N characters came.
      if (opts.closeStdoutAfter !== undefined && stdout.length >= opts.closeStdoutAfter)
        child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => {}); // the child may exit before reading it
    if (stdin !== null) child.stdin.end(stdin);
  });
}

/** stdout parsed as JSON, or a failure that shows what was printed. */
export function json<T>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    return assert.fail(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}
