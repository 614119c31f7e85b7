/**
 * @module scripts/sql-safety.test
 * Issue #5 item 4, "every SQL path parameterised", checked over the source rather than trusted:
 * every query goes through Kysely's builder or its `sql` tag, which send each `${value}` as a
 * bound parameter. What can put text into SQL unbound — `sql.raw`, `sql.lit`, `sql.id`,
 * `sql.table`, `sql.ref`, a driver's `prepare`/`query`/`exec` given a built string, or a
 * string concatenated into a `sql` template with `+` — is listed here, each place with the reason
 * it is safe; a new one fails this test until someone looks at it and adds it with its reason.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings quote source lines that contain template placeholders.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['src', 'bin', 'bench', 'scripts'];

/** file:line-text fragment → why it is safe. Matched on the file and the trimmed line's content. */
const ALLOWED: readonly { file: string; contains: string; why: string }[] = [
  {
    file: 'src/store/queries.ts',
    contains: 'sql.ref(col)',
    why: "col is typed as the union 'name_zh' | 'name_en' | 'credit_code' of fixed column names",
  },
  {
    file: 'src/cli/commands/backup.ts',
    contains: 'db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll(\'"\', \'""\')}"`)',
    why: 'table names come from the backup\'s own sqlite_master and are quoted with " doubled',
  },
  {
    file: 'src/store/test-stores.ts',
    contains: 'admin.query(`CREATE SCHEMA ${schema}`)',
    why: 'schema is zc_t_ + 12 hex digits from randomBytes, made two lines above',
  },
  {
    file: 'src/services/shared/key-rotation.ts',
    contains: 'sql.ref(column)',
    why: 'column comes from ENCRYPTED_COLUMNS, a constant list of the encrypted table.column names',
  },
  {
    file: 'src/services/shared/key-rotation.ts',
    contains: 'sql.table(',
    why: 'the table names come from the constant COLUMNS / ENCRYPTED_COLUMNS lists (typed as literal unions)',
  },
  {
    file: 'src/services/shared/key-rotation.ts',
    contains: 'sql.ref(c.key)',
    why: "c.key is typed 'unit_code' | 'id' and comes from the constant COLUMNS list; the values are bound",
  },
  {
    file: 'src/store/test-stores.ts',
    contains: 'c.query(`DROP SCHEMA ${schema} CASCADE`)',
    why: 'the same generated test schema, dropped when the test store closes',
  },
];

/** Patterns that can carry unbound text into SQL. */
const RISKY: readonly { name: string; re: RegExp }[] = [
  { name: 'sql.raw/lit/id/table/ref', re: /\bsql\.(raw|lit|id|table|ref)\s*\(/ },
  // A driver call given a template with interpolation or a concatenated string.
  { name: 'driver call with built SQL', re: /\.(prepare|query|exec)\(\s*(`[^`]*\$\{|['"][^'"]*['"]\s*\+)/ },
  // A sql tag template glued to something with +.
  { name: 'sql template concatenated', re: /\bsql`[^`]*`\s*\+|\+\s*sql`/ },
];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.(ts|js|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Every risky line of the given text, as `file:line: text`. */
function findRisky(file: string, text: string): { where: string; line: string }[] {
  const found: { where: string; line: string }[] = [];
  text.split('\n').forEach((line, i) => {
    if (RISKY.some((r) => r.re.test(line))) found.push({ where: `${file}:${i + 1}`, line: line.trim() });
  });
  return found;
}

test('every place where text could reach SQL unbound is listed with its reason', () => {
  const files = FOLDERS.flatMap((f) => sources(join(ROOT, f)));
  assert.ok(files.length > 100, `the scan saw the source tree (${files.length} files)`);
  const unexplained: string[] = [];
  const used = new Set<number>();
  for (const abs of files) {
    const file = relative(ROOT, abs).replaceAll('\\', '/');
    for (const hit of findRisky(file, readFileSync(abs, 'utf8'))) {
      const k = ALLOWED.findIndex((a) => a.file === file && hit.line.includes(a.contains));
      if (k < 0) unexplained.push(`${hit.where}: ${hit.line}`);
      else used.add(k);
    }
  }
  assert.deepEqual(
    unexplained,
    [],
    'bind the values (Kysely builder or sql`${v}`), or list the line with why it is safe',
  );
  const stale = ALLOWED.filter((_, k) => !used.has(k)).map((a) => `${a.file}: ${a.contains}`);
  assert.deepEqual(stale, [], 'allowed entries that no longer match any line: remove them');
});

test('the scan catches the shapes it is for', () => {
  const bad = [
    'db.prepare(`SELECT * FROM users WHERE name = ${name}`)',
    "client.query('SELECT * FROM t WHERE id = ' + id)",
    'await sql.raw(`DROP TABLE ${t}`).execute(db)',
    'q.where(sql.lit(userInput))',
    'sql`SELECT 1` + more',
  ];
  for (const line of bad) assert.equal(findRisky('x.ts', line).length, 1, line);
  const good = [
    'await sql`SELECT ${value}`.execute(db)',
    "db.selectFrom('users').where('name', '=', name)",
    "db.prepare('SELECT count(*) AS n FROM zc_migrations')",
    '/^(\\d+)$/.exec(text)',
  ];
  for (const line of good) assert.equal(findRisky('x.ts', line).length, 0, line);
});
