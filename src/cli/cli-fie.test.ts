/**
 * `zhengce fie …` through the bin on a demo database: the demo's list and roundtable items, the
 * overdue request escalated, the export written as a workbook, push (idempotent) and a bad date
 * refused with exit 2 naming the field. The data key comes from ZHENGCE_DATA_KEY.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ErrorBody, json, runCli } from './test-cli.ts';

interface Item {
  id: number;
  kind: string;
  status: string;
  escalation: { overdue: boolean; level: number };
}

describe('zhengce fie', () => {
  let dir: string;
  let env: Record<string, string>;
  const zhengce = (args: readonly string[]) => runCli(args, { env });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhengce-fie-'));
    env = { DATABASE_URL: join(dir, 'zhengce.db'), ZHENGCE_DATA_KEY: randomBytes(32).toString('base64') };
    const seed = await zhengce(['demo', 'seed', '--json']);
    assert.equal(seed.code, 0, seed.stderr);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('items: the demo’s lists and roundtable, filtered', async () => {
    const r = await zhengce(['fie', 'items', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const { items } = json<{ items: Item[] }>(r);
    assert.deepEqual([...new Set(items.map((i) => i.kind))].sort(), [
      'problem',
      'request',
      'roundtable',
      'vision',
    ]);
    assert.ok(items.some((i) => i.status === 'closed'));
    const rt = json<{ items: Item[] }>(await zhengce(['fie', 'items', '--kind', 'roundtable', '--json']));
    assert.deepEqual(
      rt.items.map((i) => i.status),
      ['coordinating'],
    );
    const text = await zhengce(['fie', 'items', '--open']);
    assert.match(text.stdout, /【演示】/);
  });

  test('escalations: the overdue request', async () => {
    const r = await zhengce(['fie', 'escalations', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const { items } = json<{ items: Item[] }>(r);
    assert.ok(items.length >= 1);
    assert.ok(items.every((i) => i.escalation.overdue && i.escalation.level >= 1));
  });

  test('export writes a workbook; push runs twice without duplicates', async () => {
    const file = join(dir, 'fie.xlsx');
    const r = await zhengce(['fie', 'export', file, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(file));
    const first = json<{ notices: number; files: number }>(await zhengce(['fie', 'push', '--json']));
    assert.equal(first.files, 4);
    const again = json<{ notices: number }>(await zhengce(['fie', 'push', '--json']));
    assert.equal(again.notices, 0);
  });

  test('a bad date exits 2 naming the field', async () => {
    const r = await zhengce(['fie', 'escalations', '--as-of', '2025-13-01', '--json']);
    assert.equal(r.code, 2);
    assert.equal(json<ErrorBody>(r).error.field, 'asOf');
  });
});
