/**
 * Tests of the layer check, and the check itself over the whole tree.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { checkFile, checkTree } from './check-layers.ts';

const root = resolve(import.meta.dirname, '..');

test('the tree has no import pointing up a layer', () => {
  assert.deepEqual(checkTree(root), []);
});

test('engine importing store is a violation', () => {
  const v = checkFile(root, resolve(root, 'src/engine/x.ts'), "import { a } from '../store/db.ts';\n");
  assert.equal(v.length, 1);
  assert.match(v[0]!.why, /engine may not import store/);
});

test('policies importing node:fs is a violation (policies are pure)', () => {
  const v = checkFile(
    root,
    resolve(root, 'src/policies/p/x.ts'),
    "import { readFileSync } from 'node:fs';\n",
  );
  assert.equal(v.length, 1);
});

test('services importing policies and store is allowed; api importing cli is not', () => {
  assert.deepEqual(
    checkFile(
      root,
      resolve(root, 'src/services/a/x.ts'),
      "import a from '../../policies/index.ts';\nimport b from '../../store/db.ts';\n",
    ),
    [],
  );
  assert.equal(checkFile(root, resolve(root, 'src/api/x.ts'), "import a from '../cli/main.ts';\n").length, 1);
});
