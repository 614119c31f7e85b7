/**
 * @module web/i18n/i18n.test
 * The two message catalogues have the same keys, no empty message, the same `{{placeholders}}`
 * per key, and every key the components ask for by literal exists.
 * Run: `node --import tsx --test web/src/i18n/i18n.test.ts`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

type Tree = { readonly [k: string]: unknown };

/** `{a:{b:'x'}}` → `{'a.b': 'x'}`; a non-string, non-object leaf is kept to be reported. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      for (const [kk, vv] of flatten(v as Tree, key)) out.set(kk, vv);
    } else out.set(key, v);
  }
  return out;
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const catalogues = { 'zh-CN': flatten(zhCN), en: flatten(en) };

test('both languages have exactly the same keys', () => {
  const zh = catalogues['zh-CN'];
  const e = catalogues.en;
  const missingInEn = [...zh.keys()].filter((k) => !e.has(k));
  const missingInZh = [...e.keys()].filter((k) => !zh.has(k));
  assert.deepEqual(missingInEn, [], `keys missing in en.ts: ${missingInEn.join(', ')}`);
  assert.deepEqual(missingInZh, [], `keys missing in zh-CN.ts: ${missingInZh.join(', ')}`);
});

for (const [lang, messages] of Object.entries(catalogues)) {
  test(`every ${lang} message is a non-empty string`, () => {
    const bad = [...messages].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    assert.deepEqual(bad, [], `empty or non-string messages in ${lang}: ${bad.join(', ')}`);
  });
}

test('each key has the same placeholders in both languages', () => {
  const differ: string[] = [];
  for (const [k, zh] of catalogues['zh-CN']) {
    const e = catalogues.en.get(k);
    if (typeof zh !== 'string' || typeof e !== 'string') continue;
    if (placeholders(zh).join() !== placeholders(e).join()) differ.push(k);
  }
  assert.deepEqual(differ, [], `placeholders differ: ${differ.join(', ')}`);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

test('every literal key used by the components exists', () => {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const unknown: string[] = [];
  for (const file of sourceFiles(src)) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'([\w.]+)'/g)) {
      const key = m[1] ?? '';
      if (!catalogues['zh-CN'].has(key)) unknown.push(`${key} (${file.slice(src.length)})`);
    }
  }
  assert.deepEqual(unknown, [], `unknown keys: ${unknown.join(', ')}`);
});
