/**
 * @module scripts/check-layers
 * Checks that imports point only down the layers of ARCHITECTURE.md:
 * shells (api, cli, web) → services → policies → store → engine. `engine` and `policies` are pure:
 * they may not import node built-ins that do I/O. Prints every violation and exits 1 if any.
 * Run: `node --import tsx scripts/check-layers.ts` (part of `npm run lint`, and tested).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Layer rank: a file may import only from its own rank or lower. */
const RANK: Record<string, number> = {
  engine: 0,
  store: 1,
  policies: 2,
  services: 3,
  api: 4,
  cli: 4,
  web: 4,
};
/** Node modules a pure layer must not use. */
const IMPURE =
  /^(node:)?(fs|fs\/promises|net|http|https|child_process|worker_threads|os|process|dgram|dns|tls|readline)$/;
/** Packages a pure layer must not use (databases, servers). */
const IMPURE_PACKAGES = /^(better-sqlite3|pg|kysely|fastify|@fastify\/.*|commander|argon2)$/;

export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly spec: string;
  readonly why: string;
}

function layerOf(rel: string): string | null {
  const parts = rel.split('/');
  if (parts[0] === 'web') return 'web';
  if (parts[0] !== 'src') return null;
  return parts[1] !== undefined && parts[1] in RANK ? parts[1] : null;
}

const IMPORT_RE =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Violations of one file's imports. */
export function checkFile(root: string, file: string, source: string): Violation[] {
  const rel = relative(root, file).split('\\').join('/');
  const layer = layerOf(rel);
  if (layer === null) return [];
  const out: Violation[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? '';
    const line = source.slice(0, m.index).split('\n').length + (source[m.index] === '\n' ? 1 : 0);
    if (spec.startsWith('.')) {
      const target = relative(root, resolve(dirname(file), spec))
        .split('\\')
        .join('/');
      const tl = layerOf(target);
      if (layer === 'web' && tl !== 'web' && tl !== 'engine') {
        out.push({
          file: rel,
          line,
          spec,
          why: `web may import only web/ and src/engine, not ${tl ?? target}`,
        });
      } else if (tl !== null && layer !== 'web' && RANK[tl]! > RANK[layer]!) {
        out.push({
          file: rel,
          line,
          spec,
          why: `${layer} may not import ${tl} (imports point down: shells → services → policies → store → engine)`,
        });
      } else if (
        tl !== null &&
        layer !== 'web' &&
        RANK[tl] === RANK[layer] &&
        tl !== layer &&
        !(layer === 'cli' && tl === 'api')
      ) {
        out.push({ file: rel, line, spec, why: `${layer} may not import the sibling shell ${tl}` });
      }
    } else if ((layer === 'engine' || layer === 'policies') && !rel.endsWith('.test.ts')) {
      if (IMPURE.test(spec) || IMPURE_PACKAGES.test(spec)) {
        out.push({ file: rel, line, spec, why: `${layer} is pure and may not import ${spec}` });
      }
    }
  }
  return out;
}

function walk(dir: string, acc: string[]): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, acc);
    else if (/\.(ts|tsx)$/.test(name)) acc.push(p);
  }
  return acc;
}

/** Every violation under `root` (src/ and web/). */
export function checkTree(root: string): Violation[] {
  const files = [...walk(join(root, 'src'), []), ...walk(join(root, 'web'), [])];
  return files.flatMap((f) => checkFile(root, f, readFileSync(f, 'utf8')));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const v = checkTree(resolve('.'));
  for (const x of v) console.error(`${x.file}:${x.line}: ${x.spec} — ${x.why}`);
  console.log(v.length === 0 ? 'layers: ok' : `layers: ${v.length} violation(s)`);
  process.exit(v.length === 0 ? 0 : 1);
}
