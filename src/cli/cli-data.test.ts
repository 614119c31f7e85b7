/**
 * The `zhengce` command as a user runs it, part 3: the commands that open the database (`db
 * migrate`, `demo seed`, `user create`, `audit verify`). Each test has its own SQLite file in a
 * temporary folder, named by `DATABASE_URL`; every step spawns `node bin/zhengce.js …` from the
 * repository root. Spawns run together only when at most one of them writes in a transaction that
 * reads first (SQLite would refuse the second writer's upgrade rather than wait).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type CliResult, type ErrorBody, json, runCli } from './test-cli.ts';

/** Runs the bin on the database `db`. */
const zhengce = (db: string, args: readonly string[], stdin = ''): Promise<CliResult> =>
  runCli(args, { stdin, env: { DATABASE_URL: db } });

import Database from 'better-sqlite3';

interface SeedReport {
  readonly enterprises: number;
  readonly usersCreated: number;
  readonly usersExisting: number;
  readonly departments: number;
}

type ChainReport =
  | { ok: true; entries: number; head: string }
  | { ok: false; entries: number; brokenAt: number; reason: string; expected: string; found: string };

/** A fresh folder for one test's database, removed afterwards. */
async function withTempDb(fn: (db: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-cli-'));
  try {
    await fn(join(dir, 'zhengce.db'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PASSWORD = 'Root-passw0rd-2024';
const createRoot = (db: string) =>
  zhengce(
    db,
    ['user', 'create', '--username', 'root', '--role', 'admin', '--password-stdin', '--json'],
    `${PASSWORD}\n`,
  );

describe('zhengce with a database', { concurrency: true }, () => {
  test('db migrate --json creates a fresh database and reports the migration and departments', () =>
    withTempDb(async (db) => {
      const r = await zhengce(db, ['db', 'migrate', '--json']);
      assert.equal(r.code, 0, r.stderr);
      const m = json<{ database: string; applied: { name: string; status: string }[]; departments: number }>(
        r,
      );
      assert.equal(m.database, 'sqlite');
      assert.deepEqual(m.applied, [
        { name: '0001-foundation', status: 'Success' },
        { name: '0002-air-alerts', status: 'Success' },
        { name: '0003-air-plans', status: 'Success' },
        { name: '0004-green-fund', status: 'Success' },
        { name: '0005-work-relief', status: 'Success' },
        { name: '0006-heating-buildings', status: 'Success' },
        { name: '0007-enterprise-service', status: 'Success' },
      ]);
      assert.ok(m.departments > 0);
      const sqlite = new Database(db, { readonly: true });
      try {
        const count = (table: string) =>
          (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
        assert.equal(count('zc_migrations'), 7);
        assert.equal(count('departments'), m.departments);
        assert.equal(count('users'), 0);
      } finally {
        sqlite.close();
      }
    }));

  test('demo seed, user create, audit verify, and tampering caught by audit verify', () =>
    withTempDb(async (db) => {
      const seed1 = await zhengce(db, ['demo', 'seed', '--json']);
      assert.equal(seed1.code, 0, seed1.stderr);
      const s1 = json<SeedReport>(seed1);
      assert.ok(s1.enterprises >= 250 && s1.enterprises <= 350, `${s1.enterprises} enterprises`);
      assert.equal(s1.usersCreated, 5);
      assert.equal(s1.usersExisting, 0);

      // Reseeding and the two rejected users write nothing that reads before it writes: run together.
      const [seed2, weak, officer] = await Promise.all([
        zhengce(db, ['demo', 'seed', '--json']),
        zhengce(
          db,
          ['user', 'create', '--username', 'weakling', '--role', 'admin', '--password-stdin', '--json'],
          'password\n',
        ),
        zhengce(
          db,
          ['user', 'create', '--username', 'clerk', '--role', 'officer', '--password-stdin', '--json'],
          `${PASSWORD}\n`,
        ),
      ]);
      assert.equal(seed2.code, 0, seed2.stderr);
      assert.deepEqual(
        (({ enterprises, usersCreated, usersExisting }) => ({ enterprises, usersCreated, usersExisting }))(
          json<SeedReport>(seed2),
        ),
        { enterprises: s1.enterprises, usersCreated: 0, usersExisting: 5 },
      );
      assert.equal(weak.code, 2);
      assert.deepEqual(
        [json<ErrorBody>(weak).error.code, json<ErrorBody>(weak).error.field],
        ['ZC_ERR_INVALID_INPUT', 'password'],
      );
      assert.equal(officer.code, 2);
      assert.deepEqual(
        [json<ErrorBody>(officer).error.code, json<ErrorBody>(officer).error.field],
        ['ZC_ERR_INVALID_INPUT', 'department'],
      );

      const root = await createRoot(db);
      assert.equal(root.code, 0, root.stderr);
      const { user } = json<{ user: { username: string; role: string; department: string | null } }>(root);
      assert.deepEqual([user.username, user.role, user.department], ['root', 'admin', null]);

      const [again, verify] = await Promise.all([createRoot(db), zhengce(db, ['audit', 'verify', '--json'])]);
      assert.equal(again.code, 2);
      const conflict = json<ErrorBody>(again).error;
      assert.deepEqual([conflict.code, conflict.field], ['ZC_ERR_CONFLICT', 'username']);
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);
      const intact = json<ChainReport>(verify);
      assert.equal(intact.ok, true);

      const sqlite = new Database(db);
      let tampered: number;
      try {
        const users = sqlite.prepare('SELECT username, password_hash FROM users ORDER BY id').all() as {
          username: string;
          password_hash: string;
        }[];
        assert.deepEqual(
          users.map((u) => u.username),
          [
            'demo-admin',
            'demo-officer',
            'demo-reviewer',
            'demo-command',
            'demo-enterprise',
            'demo-green-officer',
            'demo-green-reviewer',
            'demo-energy-officer',
            'demo-building-officer',
            'demo-wr-fangshan',
            'demo-wr-mentougou',
            'demo-wr-review',
            'demo-heating-officer',
            'demo-statistics-officer',
            'demo-planning-officer',
            'demo-fie-officer',
            'demo-fie-steward',
            'demo-fie-enterprise',
            'root',
          ],
        );
        const rootHash = users.at(-1)?.password_hash ?? '';
        assert.match(rootHash, /^\$argon2id\$/);
        assert.ok(!rootHash.includes(PASSWORD));
        const last = sqlite.prepare('SELECT count(*) AS n, max(seq) AS seq FROM audit_log').get() as {
          n: number;
          seq: number;
        };
        const head = sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(last.seq) as {
          hash: string;
        };
        assert.ok(last.n > 0);
        assert.deepEqual(intact, { ok: true, entries: last.n, head: head.hash });

        // An attacker with the file: lift the append-only guard and make root's creation look different.
        const entry = sqlite
          .prepare("SELECT seq, details FROM audit_log WHERE action = 'user.create' AND details LIKE ?")
          .get('%"username":"root"%') as { seq: number; details: string };
        tampered = entry.seq;
        sqlite.exec('DROP TRIGGER audit_log_no_update');
        const forged = entry.details.replace('"role":"admin"', '"role":"reviewer"');
        assert.notEqual(forged, entry.details, `no role in ${entry.details}`);
        const changed = sqlite
          .prepare('UPDATE audit_log SET details = ? WHERE seq = ?')
          .run(forged, tampered);
        assert.equal(changed.changes, 1);
      } finally {
        sqlite.close();
      }

      const [brokenJson, brokenText] = await Promise.all([
        zhengce(db, ['audit', 'verify', '--json']),
        zhengce(db, ['audit', 'verify']),
      ]);
      assert.equal(brokenJson.code, 1);
      const broken = json<ChainReport>(brokenJson);
      if (broken.ok) assert.fail(`audit verify missed the edit of entry ${tampered}`);
      assert.equal(broken.brokenAt, tampered);
      assert.equal(broken.reason, 'hash_mismatch');
      assert.equal(broken.entries, tampered - 1);
      assert.equal((broken as unknown as ErrorBody).error.code, 'ZC_ERR_AUDIT_CHAIN_BROKEN');
      assert.equal(brokenText.code, 1);
      assert.match(brokenText.stdout, new RegExp(`^${tampered}\\s+hash_mismatch\\s`, 'm'));
      assert.match(
        brokenText.stderr,
        new RegExp(
          `^ZC_ERR_AUDIT_CHAIN_BROKEN: the audit chain is broken at entry ${tampered} \\(hash_mismatch\\)`,
        ),
      );
    }));
});
