/**
 * `zhengce db backup` and `zhengce db restore` as an operator runs them: a seeded SQLite database
 * is backed up and restored to a new path with the same rows and an intact audit chain; files that
 * are not Zhengce databases, an existing or busy target, and PostgreSQL are refused; a backup whose
 * audit log was altered is caught by `audit verify` and never restored.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { type CliResult, type ErrorBody, json, runCli } from './test-cli.ts';

const zhengce = (db: string, args: readonly string[]): Promise<CliResult> =>
  runCli(args, { env: { DATABASE_URL: db } });

interface CopyReport {
  readonly from: string;
  readonly to: string;
  readonly migrations: number;
  readonly tables: Record<string, number>;
  readonly audit: { ok: boolean; entries: number; head?: string; brokenAt?: number; reason?: string };
}

/** Rows per table, read straight from the file. */
function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const names = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      names.map(({ name }) => [
        name,
        (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}

const errorOf = (r: CliResult) => json<ErrorBody>(r).error;

describe('zhengce db backup / restore (SQLite)', () => {
  let dir: string;
  let live: string;
  let backup: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhengce-backup-'));
    live = join(dir, 'live.db');
    backup = join(dir, 'backup.db');
    const seed = await zhengce(live, ['demo', 'seed', '--json']);
    assert.equal(seed.code, 0, seed.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('backs up a seeded database and restores it to a new path: same rows, intact audit chain', async () => {
    const b = await zhengce(live, ['db', 'backup', backup, '--json']);
    assert.equal(b.code, 0, b.stdout + b.stderr);
    const taken = json<CopyReport>(b);
    assert.equal(taken.audit.ok, true);
    assert.ok(taken.audit.entries > 0);
    assert.equal(taken.migrations, counts(live).zc_migrations);
    assert.ok(taken.migrations >= 6);
    assert.deepEqual(taken.tables, counts(live));
    assert.ok(taken.tables.enterprises! > 0 && taken.tables.users! > 0);
    // One self-contained file, nothing left beside it.
    assert.deepEqual(
      ['-wal', '-shm', '.partial'].filter((s) => existsSync(backup + s)),
      [],
    );

    const again = await zhengce(live, ['db', 'backup', backup, '--json']);
    assert.equal(again.code, 2);
    assert.deepEqual([errorOf(again).code, errorOf(again).field], ['ZC_ERR_CONFLICT', 'file']);

    const target = join(dir, 'restored', 'zhengce.db');
    const r = await zhengce(target, ['db', 'restore', backup, '--json']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const restored = json<CopyReport>(r);
    assert.deepEqual(restored.audit, taken.audit);
    assert.deepEqual(restored.tables, taken.tables);
    assert.deepEqual(counts(target), counts(live));

    const verify = await zhengce(target, ['audit', 'verify', '--json']);
    assert.equal(verify.code, 0, verify.stdout);
    assert.deepEqual(json(verify), taken.audit);

    // Over an existing database only with --force, and never while a process holds it open.
    const over = await zhengce(target, ['db', 'restore', backup, '--json']);
    assert.equal(over.code, 2);
    assert.deepEqual([errorOf(over).code, errorOf(over).field], ['ZC_ERR_CONFLICT', 'file']);
    const server = new Database(target);
    server.pragma('journal_mode = WAL');
    try {
      const busy = await zhengce(target, ['db', 'restore', backup, '--force', '--json']);
      assert.equal(busy.code, 2, busy.stdout);
      assert.deepEqual([errorOf(busy).code, errorOf(busy).field], ['ZC_ERR_CONFLICT', 'DATABASE_URL']);
      assert.match(errorOf(busy).message, /in use/);
    } finally {
      server.close();
    }
    const forced = await zhengce(target, ['db', 'restore', backup, '--force', '--json']);
    assert.equal(forced.code, 0, forced.stdout + forced.stderr);
  });

  test('refuses files that are not Zhengce databases, and PostgreSQL with the pg_dump procedure', async () => {
    const target = join(dir, 'never.db');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database\n');
    const other = join(dir, 'other.db');
    const o = new Database(other);
    o.exec('CREATE TABLE t (x INTEGER)');
    o.close();
    for (const [file, why] of [
      [text, /not a SQLite database/],
      [other, /no zc_migrations table/],
      [join(dir, 'missing.db'), /does not exist/],
    ] as const) {
      const r = await zhengce(target, ['db', 'restore', file, '--json']);
      assert.equal(r.code, 2, r.stdout);
      assert.deepEqual([errorOf(r).code, errorOf(r).field], ['ZC_ERR_INVALID_INPUT', 'file']);
      assert.match(errorOf(r).message, why);
    }
    assert.equal(existsSync(target), false);

    for (const [verb, tool] of [
      ['backup', /pg_dump/],
      ['restore', /pg_restore/],
    ] as const) {
      const r = await zhengce('postgres://127.0.0.1:1/none', ['db', verb, join(dir, 'pg.dump'), '--json']);
      assert.equal(r.code, 1, r.stdout);
      assert.deepEqual([errorOf(r).code, errorOf(r).field], ['ZC_ERR_CONFIG', 'DATABASE_URL']);
      assert.match(errorOf(r).message, tool);
      assert.match(errorOf(r).message, /docs\/operations\.md/);
    }
  });

  test('a backup whose audit log was altered is caught by audit verify and is not restored', async () => {
    const tampered = join(dir, 'tampered.db');
    copyFileSync(backup, tampered);
    const db = new Database(tampered);
    let seq: number;
    try {
      const entry = db
        .prepare("SELECT seq, details FROM audit_log WHERE action = 'user.create' LIMIT 1")
        .get() as {
        seq: number;
        details: string;
      };
      seq = entry.seq;
      db.exec('DROP TRIGGER audit_log_no_update');
      const forged = entry.details.replace(/"role":"[a-z_]+"/, '"role":"admin"');
      db.prepare('UPDATE audit_log SET details = ? WHERE seq = ?').run(`${forged} `, seq);
    } finally {
      db.close();
    }
    const target = join(dir, 'from-tampered.db');
    const r = await zhengce(target, ['db', 'restore', tampered, '--json']);
    assert.equal(r.code, 1, r.stdout);
    assert.deepEqual([errorOf(r).code, errorOf(r).field], ['ZC_ERR_AUDIT_CHAIN_BROKEN', 'file']);
    assert.equal(existsSync(target), false, 'nothing restored');

    const verify = await zhengce(tampered, ['audit', 'verify', '--json']);
    assert.equal(verify.code, 1);
    const report = json<{ ok: boolean; brokenAt: number; reason: string }>(verify);
    assert.deepEqual([report.ok, report.brokenAt, report.reason], [false, seq, 'hash_mismatch']);
  });
});
