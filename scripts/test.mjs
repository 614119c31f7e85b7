#!/usr/bin/env node
// Runs every *.test.ts under src/, web/src/ and scripts/ with node:test through tsx.
// Node 20's `--test` finds no TypeScript tests in a directory, so the files are listed here.
// Extra arguments are passed to node (e.g. `npm test -- --test-name-pattern=money`).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src', 'web/src', 'scripts'];
const files = [];
function walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries.sort()) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts') || name.endsWith('.test.tsx')) files.push(p);
  }
}
for (const r of roots) walk(r);
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const extra = process.argv.slice(2);
const concurrency = process.env.ZHENGCE_TEST_CONCURRENCY ?? '2';
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...extra, ...files],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
