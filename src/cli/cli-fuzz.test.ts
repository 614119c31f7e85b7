/**
 * @module cli/cli-fuzz.test
 * Issue #5 item 7 for the command line: property-based fuzzing (fast-check, fixed seed) of every
 * `zhengce` command that takes input. The commands are read from the program itself (a new
 * command is fuzzed without a change here), each run in-process through `main` on a seeded SQLite
 * database with malformed arguments, option values, input files and stdin: wrong types, broken
 * dates, huge numbers, unicode, path tricks, broken JSON and CSV, random spreadsheet bytes.
 * Every run must end with exit code 0 or 2 — never 1 (a fault) and never a thrown error — and
 * every refusal printed as JSON must carry `error.code`, and for an input error `error.field`.
 * `serve` (it listens) and `db backup|restore` (covered by cli-backup.test.ts) are left out; file
 * arguments always point into the test's own folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { Command } from 'commander';
import fc from 'fast-check';
import { reloadKeyring, setDataKeyForTests } from '../services/shared/crypto.ts';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK } from './io.ts';
import { buildProgram, main } from './main.ts';

const SEED = 20_241_127;
/** Runs per command; 45 commands make about 2,700 runs. */
const RUNS = 60;
const SKIP = new Set(['serve', 'db backup', 'db restore']);
const KEY = Buffer.alloc(32, 7).toString('base64');

interface Leaf {
  readonly path: readonly string[];
  readonly args: readonly { name: string; file: boolean }[];
  readonly options: readonly { flag: string; takesValue: boolean; file: boolean; mandatory: boolean }[];
}

/** Every leaf command, with its arguments and options; file-ish ones marked. */
function leaves(): Leaf[] {
  const io = memoryIo('', {});
  const out: Leaf[] = [];
  const walk = (c: Command, path: string[]) => {
    if (c.commands.length === 0) {
      out.push({
        path,
        args: c.registeredArguments.map((a) => ({ name: a.name(), file: /file/i.test(a.name()) })),
        options: c.options
          .filter((o) => o.long !== undefined)
          .map((o) => ({
            flag: o.long as string,
            takesValue: o.required || o.optional,
            file: /xlsx|file/i.test(o.flags),
            mandatory: o.mandatory,
          })),
      });
      return;
    }
    for (const s of c.commands) walk(s, [...path, s.name()]);
  };
  walk(buildProgram(io.io, { exitCode: 0 }), []);
  return out.filter((l) => !SKIP.has(l.path.join(' ')));
}

function memoryIo(stdin: string, env: NodeJS.ProcessEnv) {
  const input = new PassThrough();
  input.end(stdin);
  let stdout = '';
  let stderr = '';
  const o = new PassThrough();
  o.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
  });
  const e = new PassThrough();
  e.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
  });
  const io: CliIo = {
    stdin: input,
    stdout: o,
    stderr: e,
    env,
    now: () => new Date('2026-11-27T04:00:00Z'),
    stdinIsTTY: false,
  };
  return { io, out: () => stdout, err: () => stderr };
}

/** A malformed (or edge) command-line value. */
const value: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '', ' ', '0', '-1', '1.5', 'NaN', 'Infinity', '1e309', '0x10', '99999999999999999999', '１２３',
    '2024-02-30', '2024-13-01', '9999-12-31', '2024-1-1', '2026-11-27T25:61', '2023-11-23',
    '2024-2025', '2024-13', 'abc', '../../etc/passwd', "'; DROP TABLE users;--", '\u0000', '𠮷',
    '91110302MA01XK2Q5X', '91110302MA01XK2Q50', 'jingjiguanfa-2023-31/item-01', 'red', 'orange',
    'admin', 'officer', '--json', '-', 'fangshan', '1,2,x', '[]', '{}', '__proto__',
  ), // biome-ignore format: a list of edge cases
  fc.integer({ min: -5, max: 100_000 }).map(String),
  fc.integer({ min: 500, max: 20_000 }).map((n) => '9'.repeat(n)),
);

/** Stdin: nothing, broken JSON, JSON of the wrong shape, JSON lines, CSV, binary. */
const stdin: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.constantFrom('{', '[1,2', '{"facts":', '{"a":1}\n{"b":', 'null', '"x"', '{"__proto__":{"x":1}}'),
  fc.array(fc.json({ maxDepth: 2 }), { maxLength: 5 }).map((a) => a.join('\n')),
  fc.integer({ min: 10, max: 2000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
);

/** Input file contents: CSV with bad rows, random bytes, a truncated zip header, empty. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.constant(new Uint8Array(0)),
  fc.constant(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])),
  fc
    .array(fc.array(value, { maxLength: 6 }), { maxLength: 6 })
    .map((rows) => new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'))),
);

type Body = { error?: { code?: string; field?: string | null } };

/** The JSON printed: one document, or JSON Lines; text output gives none. */
function jsonBodies(text: string): Body[] {
  const t = text.trim();
  if (!t.startsWith('{')) return [];
  try {
    return [JSON.parse(t) as Body];
  } catch {
    return t.split('\n').flatMap((l) => {
      try {
        return [JSON.parse(l) as Body];
      } catch {
        return [];
      }
    });
  }
}

describe('zhengce: fuzzing every command that takes input', () => {
  let dir = '';
  let env: NodeJS.ProcessEnv = {};
  let n = 0;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhengce-cli-fuzz-'));
    mkdirSync(join(dir, 'files'));
    env = {
      DATABASE_URL: join(dir, 'fuzz.sqlite'),
      ZHENGCE_DATA_KEY: KEY,
      ZHENGCE_PASSWORD: 'fuzz-password-42',
    };
    // In a process of its own the CLI reads the key from its environment; in-process, load the
    // keyring from this run's environment so every command uses the same key.
    reloadKeyring(env);
    const seeded = memoryIo('', env);
    assert.equal(await main(['node', 'zhengce', 'demo', 'seed', '--json'], seeded.io), EXIT_OK, seeded.err());
  });

  after(() => {
    setDataKeyForTests(null);
    rmSync(dir, { recursive: true, force: true });
  });

  const all = leaves();

  test('the program has the commands this test expects to reach', () => {
    assert.ok(all.length >= 40, `${all.length} commands`);
    assert.ok(all.some((l) => l.path.join(' ') === 'work-relief workers import'));
  });

  for (const leaf of all) {
    test(`zhengce ${leaf.path.join(' ')}`, async () => {
      const positional = fc.tuple(
        ...leaf.args.map((a) => (a.file ? fc.constant('<file>') : value)),
        fc.constant(''), // a tuple of at least one
      );
      // Each option present or not: required ones and --json mostly present, so most runs get
      // past the argument parser and reach the command's own checks.
      const opts = fc
        .tuple(
          ...leaf.options.map((o) =>
            fc.tuple(
              fc.integer({ min: 0, max: 9 }).map((d) => d < (o.mandatory || o.flag === '--json' ? 9 : 5)),
              o.takesValue && !o.file ? value : fc.constant(''),
            ),
          ),
          fc.constant([false, ''] as const),
        )
        .map((picks) =>
          leaf.options.flatMap((o, i) => {
            const [on, v] = picks[i] as readonly [boolean, string];
            return on ? [{ o, v }] : [];
          }),
        );
      const extra = fc.oneof(
        { weight: 19, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom('--nope', 'surplus', '--as-of') },
      );
      await fc.assert(
        fc.asyncProperty(
          positional,
          opts,
          extra,
          stdin,
          fileBytes,
          async (pos, chosen, more, input, bytes) => {
            n += 1;
            const file = join(dir, 'files', `in-${n}.csv`);
            writeFileSync(file, bytes);
            const argv = ['node', 'zhengce', ...leaf.path];
            for (const p of pos.slice(0, leaf.args.length)) argv.push(p === '<file>' ? file : p);
            for (const { o, v } of chosen) {
              argv.push(o.flag);
              if (o.takesValue) argv.push(o.file ? join(dir, 'files', `out-${n}.xlsx`) : v);
            }
            if (more !== undefined) argv.push(more);
            const run = memoryIo(input, env);
            let code: number;
            try {
              code = await main(argv, run.io);
            } catch (e) {
              assert.fail(
                `threw ${e instanceof Error ? e.stack : String(e)}\nargv: ${JSON.stringify(argv.slice(2))}`,
              );
            }
            const said = `argv: ${JSON.stringify(argv.slice(2))}\nstdout: ${run.out().slice(0, 600)}\nstderr: ${run.err().slice(0, 600)}`;
            assert.ok(code === EXIT_OK || code === EXIT_BAD_INPUT, `exit ${code}\n${said}`);
            // Every refusal printed as JSON (one document, or one per line with --jsonl) names
            // its code, and an input error its field.
            if (code === EXIT_BAD_INPUT) {
              for (const body of jsonBodies(run.out())) {
                if (!body.error) continue;
                assert.ok(body.error.code, `an error code\n${said}`);
                if (body.error.code === 'ZC_ERR_INVALID_INPUT')
                  assert.equal(typeof body.error.field, 'string', `an input error names its field\n${said}`);
              }
            }
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }
});
