/**
 * `zhengce keys status` and `zhengce keys rotate` as an operator runs them (docs/operations.md,
 * "Keys"): a demo database seeded under key A is rotated to key B with A as the old key, after
 * which everything is under B and a second run changes nothing; with B missing from the ring the
 * status names B's id and exits 1, and the rotation refuses with ZC_ERR_CONFIG naming it.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { keyId } from '../services/shared/crypto.ts';
import { type CliResult, type ErrorBody, json, runCli } from './test-cli.ts';

const A = randomBytes(32);
const B = randomBytes(32);
const C = randomBytes(32);
const b64 = (k: Buffer) => k.toString('base64');

interface Status {
  currentKey: string;
  oldKeys: string[];
  columns: Record<string, Record<string, number>>;
  pending: number;
  missingKeys: string[];
}
interface Rotation {
  currentKey: string;
  reencrypted: Record<string, number>;
  rehashedWorkers: number;
  status: Status;
}

describe('zhengce keys (SQLite)', () => {
  let dir: string;
  let db: string;
  const zhengce = (args: readonly string[], key: Buffer, old: Buffer[] = []): Promise<CliResult> =>
    runCli(args, {
      env: { DATABASE_URL: db, ZHENGCE_DATA_KEY: b64(key), ZHENGCE_DATA_KEYS_OLD: old.map(b64).join(',') },
    });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhengce-keys-'));
    db = join(dir, 'z.db');
    const seed = await zhengce(['demo', 'seed', '--json'], A);
    assert.equal(seed.code, 0, seed.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('status under A: every encrypted value counted under its key id, none pending', async () => {
    const r = await zhengce(['keys', 'status', '--json'], A);
    assert.equal(r.code, 0, r.stderr);
    const s = json<Status>(r);
    assert.equal(s.currentKey, keyId(A));
    const total = Object.values(s.columns).reduce((n, c) => n + (c[keyId(A)] ?? 0), 0);
    assert.ok(total > 0, JSON.stringify(s.columns));
    assert.equal(s.pending, 0);
  });

  test('rotate to B with A old; a second run changes nothing; text output names the counts', async () => {
    const r = await zhengce(['keys', 'rotate', '--json', '--batch', '7'], B, [A]);
    assert.equal(r.code, 0, r.stderr);
    const rot = json<Rotation>(r);
    assert.equal(rot.currentKey, keyId(B));
    assert.ok(Object.values(rot.reencrypted).some((n) => n > 0));
    assert.equal(rot.status.pending, 0);
    const again = await zhengce(['keys', 'rotate'], B);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`rotated to key ${keyId(B)}`));
    assert.match(again.stdout, /0 value\(s\) still not under the current key/);
    assert.ok(!again.stdout.includes(b64(B)));
  });

  test('a key the values need but the ring lacks: status exits 1 naming it, rotate refuses', async () => {
    const s = await zhengce(['keys', 'status', '--json'], C);
    assert.equal(s.code, 1);
    assert.deepEqual(json<Status>(s).missingKeys, [keyId(B)]);
    const r = await zhengce(['keys', 'rotate', '--json'], C, [A]);
    assert.equal(r.code, 1);
    const e = json<ErrorBody>(r).error;
    assert.equal(e.code, 'ZC_ERR_CONFIG');
    assert.ok(e.message.includes(keyId(B)), e.message);
  });
});
