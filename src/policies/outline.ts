/**
 * @module policies/outline
 * Splits a gazette document's text (one paragraph per line) into its own clause outline:
 * 第X章, 第X条, 一、, （一）/(一), 1./1、, （1）/(1), 附件N, and the unnumbered parts around them.
 * Pure and lossless: every line belongs to exactly one node, so joining every node's `text` in
 * document order with `\n` gives back the input exactly.
 *
 * Conventions (the same for all seven documents):
 * - A numbering is recognised only at the start of a line, and only for the styles the document
 *   uses ({@link OutlineOptions.numbering}); "1." inside a paragraph is never a heading.
 * - A node runs from its numbered line to the next numbered line; an unnumbered paragraph belongs
 *   to the nearest numbered node before it (e.g. 31号 第一章一（二）'s closing "原则上对上述项目…"
 *   paragraph sits in the text of item 3), so cite a node with {@link fullText} to include it.
 * - Labels are the numbering as printed without punctuation or spaces: `第一章`, `第五条`, `一`,
 *   `（一）` or `(一)` (parentheses kept exactly as printed), `1`, `(1)`, `附件1`. Unnumbered
 *   parts get the labels `通知` (the circular, up to its signing date), `前言` (the measure's title
 *   and preface) and `结语` (closing paragraphs after the last numbered clause).
 * - `path` joins labels with `/`. Should a label repeat under one parent (compared with half- and
 *   full-width parentheses treated alike), its second occurrence gets `#2` in path and clause, the
 *   third `#3`, in document order. None of the seven documents needs it.
 * - `clause` is the citation form: under a chapter or annex, its label, a space, then the deeper
 *   labels run together (`第一章 一（十三）1`, `附件3 一1`); elsewhere the labels run together
 *   (`二（一）`, `三(一)1(3)`, `第五条`).
 */
import type { ClauseKind, ClauseNode } from './types.ts';

/** A numbering style a document may use. */
export type NumberedKind = 'chapter' | 'article' | 'section' | 'subsection' | 'item' | 'subitem' | 'annex';

/** How to read one document. */
export interface OutlineOptions {
  /** The numbering styles that are clauses in this document; lines in other styles are body text. */
  readonly numbering: readonly NumberedKind[];
  /**
   * Starts of the paragraphs that open the unnumbered closing (`结语`): scope, interpretation,
   * effective date. From there on, numbered lines are body text until an annex.
   */
  readonly closingStarts?: readonly string[];
  /** Whether `（一）实施对象。正文` / `（一）党政办公室:正文` lines carry a run-in heading. */
  readonly runInHeadings?: boolean;
  /** English headings by path (either width of parentheses), for nodes that have a heading. */
  readonly headingsEn?: Readonly<Record<string, string>>;
}

const CN = '[一二三四五六七八九十百零〇]+';
const PATTERNS: ReadonlyArray<readonly [NumberedKind, RegExp]> = [
  ['annex', /^(附件)\s*(\d+)$/],
  ['chapter', new RegExp(`^(第${CN}章)(?:\\s+|$)`)],
  ['article', new RegExp(`^(第${CN}条)(?:\\s+|$)`)],
  ['section', new RegExp(`^(${CN})、\\s*`)],
  ['subsection', new RegExp(`^([（(]${CN}[）)])\\s*`)],
  ['item', /^(\d{1,2})[.．、](?!\d)\s*/],
  ['subitem', /^([（(]\d{1,2}[）)])\s*/],
];
const RANK: Readonly<Record<NumberedKind, number>> = {
  annex: -1,
  chapter: 0,
  article: 1,
  section: 2,
  subsection: 3,
  item: 4,
  subitem: 5,
};
/** The stack holds numbered nodes only. */
const rankOf = (d: Draft): number => RANK[d.kind as NumberedKind];
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

interface Draft {
  label: string;
  kind: ClauseKind;
  rest: string;
  lines: string[];
  children: Draft[];
}

/** Parses a document's text into its outline (see the module comment for the conventions). */
export function parseOutline(text: string, options: OutlineOptions): ClauseNode[] {
  if (text === '') return [];
  const roots: Draft[] = [];
  const stack: Draft[] = [];
  let closing = false;
  let current: Draft | undefined;
  for (const line of text.split('\n')) {
    const numbered = matchNumbering(line, options);
    if (numbered && (!closing || numbered.kind === 'annex')) {
      while (stack.length > 0 && rankOf(stack.at(-1) as Draft) >= RANK[numbered.kind]) stack.pop();
      const node: Draft = {
        label: numbered.label,
        kind: numbered.kind,
        rest: numbered.rest,
        lines: [line],
        children: [],
      };
      (stack.at(-1)?.children ?? roots).push(node);
      stack.push(node);
      current = node;
      closing = false;
    } else if (!closing && current && current.kind !== 'preamble' && startsClosing(line, options)) {
      current = { label: '结语', kind: 'closing', rest: '', lines: [line], children: [] };
      roots.push(current);
      stack.length = 0;
      closing = true;
    } else if (current) {
      current.lines.push(line);
    } else {
      current = { label: '前言', kind: 'preamble', rest: '', lines: [line], children: [] };
      roots.push(current);
    }
  }
  return finish(splitCircular(roots), options);
}

/** The numbering at the start of `line`, if it is one of the document's styles. */
export function matchNumbering(
  line: string,
  options: Pick<OutlineOptions, 'numbering'>,
): { kind: NumberedKind; label: string; rest: string } | undefined {
  for (const [kind, re] of PATTERNS) {
    if (!options.numbering.includes(kind)) continue;
    const m = re.exec(line);
    if (!m) continue;
    const label = kind === 'annex' ? `${m[1]}${m[2]}` : (m[1] as string);
    return { kind, label, rest: line.slice(m[0].length) };
  }
  return undefined;
}

function startsClosing(line: string, options: OutlineOptions): boolean {
  return (options.closingStarts ?? []).some((s) => line.startsWith(s));
}

/** Splits the leading preamble at the circular's signing date into `通知` and `前言`. */
function splitCircular(roots: Draft[]): Draft[] {
  const first = roots[0];
  if (first?.kind !== 'preamble') return roots;
  const at = first.lines.findIndex((l) => DATE_LINE.test(l));
  if (at < 0) return roots;
  const circular: Draft = { ...first, label: '通知', lines: first.lines.slice(0, at + 1) };
  const rest = first.lines.slice(at + 1);
  const preface: Draft[] = rest.length > 0 ? [{ ...first, lines: rest }] : [];
  return [circular, ...preface, ...roots.slice(1)];
}

function finish(
  drafts: readonly Draft[],
  options: OutlineOptions,
  parent: readonly string[] = [],
  top?: ClauseKind,
): ClauseNode[] {
  const seen = new Map<string, number>();
  const english = englishHeadings(options);
  return drafts.map((d) => {
    const key = comparable(d.label);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const segs = [...parent, n === 1 ? d.label : `${d.label}#${n}`];
    const path = segs.join('/');
    const heading = headingOf(d, options);
    const headingEn = english.get(comparable(path));
    return {
      label: d.label,
      path,
      clause: citationOf(segs, top ?? d.kind),
      kind: d.kind,
      ...(heading === undefined ? {} : { heading }),
      ...(heading !== undefined && headingEn !== undefined ? { headingEn } : {}),
      text: d.lines.join('\n'),
      children: finish(d.children, options, segs, top ?? d.kind),
    };
  });
}

const englishCache = new WeakMap<object, Map<string, string>>();
/** `headingsEn` keyed by comparable path, so keys may use either width of parentheses. */
function englishHeadings(options: OutlineOptions): Map<string, string> {
  const source = options.headingsEn ?? {};
  let map = englishCache.get(source);
  if (!map) {
    map = new Map(Object.entries(source).map(([k, v]) => [comparable(k), v]));
    englishCache.set(source, map);
  }
  return map;
}

function citationOf(segs: readonly string[], top: ClauseKind): string {
  const [head, ...rest] = segs;
  if ((top === 'chapter' || top === 'annex') && rest.length > 0) return `${head} ${rest.join('')}`;
  return segs.join('');
}

function headingOf(d: Draft, options: OutlineOptions): string | undefined {
  switch (d.kind) {
    case 'preamble':
      return d.label === '通知' ? d.lines.find((l) => /印发.*通知$/.test(l)) : d.lines[0];
    case 'closing':
      return undefined;
    case 'annex':
      return d.lines[1];
    case 'chapter':
      return d.rest === '' ? undefined : d.rest;
    default:
      return bodyHeading(d.rest, options.runInHeadings === true);
  }
}

/** A stand-alone heading (`（一）指导思想`) or, when allowed, a run-in one (`实施对象。…`). */
function bodyHeading(rest: string, runIn: boolean): string | undefined {
  if (rest === '') return undefined;
  if (!/[。；;]/.test(rest) && !/[：:]$/.test(rest)) return rest;
  if (!runIn) return undefined;
  const m = /^([^。：:，,；;]{1,40}?)[。：:](.+)$/.exec(rest);
  return m ? m[1] : undefined;
}

/** A label or reference with half- and full-width parentheses made alike and spaces removed. */
export function comparable(ref: string): string {
  return ref.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');
}

/** A node's text with all its descendants' text, in document order (what a citation may quote). */
export function fullText(node: ClauseNode): string {
  return [node.text, ...node.children.map(fullText)].join('\n');
}

/** Every node of an outline, in document order (pre-order). */
export function flatten(nodes: readonly ClauseNode[]): ClauseNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The number of a label: `（二十七）` → 27, `第十条` → 10, `(3)` → 3, `附件2` → 2; NaN if none. */
export function labelNumber(label: string): number {
  const arabic = /\d+/.exec(label);
  if (arabic) return Number(arabic[0]);
  const cn = new RegExp(CN).exec(label)?.[0];
  if (!cn) return Number.NaN;
  let total = 0;
  let digit = 0;
  for (const ch of cn) {
    if (ch === '十' || ch === '百') {
      total += (digit === 0 ? 1 : digit) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else {
      digit = DIGITS[ch] ?? 0;
    }
  }
  return total + digit;
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** The Chinese numeral for 1–99 as the documents print it: 7 → 七, 13 → 十三, 27 → 二十七. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral: ${n} is not in 1–99`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${NUMERALS[tens]}十`;
  return `${head}${ones === 0 ? '' : NUMERALS[ones]}`;
}
