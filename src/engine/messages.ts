/**
 * @module engine/messages
 * The wording layer: reason, trace and status codes map to templates in zh-CN and en. Decisions
 * carry only codes and params (like zod's issues); rendering happens here, so the same decision
 * reads in either language.
 */

/** The two interface languages. zh-CN is the default and authoritative. */
export type Locale = 'zh-CN' | 'en';
/** Both languages of a user-facing string. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}
/** Templates keyed by code; `{name}` is replaced by `params.name`. */
export type MessageCatalog = Readonly<Record<string, Bilingual>>;

/** Messages the engine itself emits. Rules add their own catalogues. */
export const ENGINE_MESSAGES: MessageCatalog = {
  'engine.not_in_force.not_yet': {
    zh: '{subject}自{from}起施行，{asOf}尚未施行',
    en: '{subject} takes effect on {from}; it was not yet in force on {asOf}',
  },
  'engine.not_in_force.expired': {
    zh: '{subject}施行期至{to}，{asOf}已失效',
    en: '{subject} was in force until {to}; it had expired by {asOf}',
  },
  'engine.not_in_force.repealed': {
    zh: '{subject}已于{on}废止',
    en: '{subject} was repealed on {on}',
  },
  'engine.in_force': {
    zh: '{subject}在{asOf}有效（{from}起{toText}）',
    en: '{subject} was in force on {asOf} (from {from}{toTextEn})',
  },
  'engine.outcome.eligible': { zh: '符合条件', en: 'Eligible' },
  'engine.outcome.ineligible': { zh: '不符合条件', en: 'Not eligible' },
  'engine.outcome.needs_review': { zh: '需人工审核', en: 'Needs review' },
  'engine.outcome.not_in_force': { zh: '不在施行期内', en: 'Not in force' },
};

/**
 * Replaces `{name}` placeholders; unknown placeholders are left visible so a gap is noticed.
 * Booleans read as 是/否 in Chinese and yes/no in English; a fact given as null (not stated) reads
 * as 未填报 / not given.
 */
export function interpolate(
  template: string,
  params: Readonly<Record<string, unknown>>,
  locale: Locale = 'zh-CN',
): string {
  // Every reason and trace step of every decision is rendered in both languages (a vehicle check
  // renders dozens), so each template is split at its placeholders once, not scanned each time.
  const parts = templateParts(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const v = params[name];
    if (v === undefined) out += `{${name}}`;
    else if (v === null) out += locale === 'en' ? 'not given' : '未填报';
    else if (typeof v === 'boolean') out += locale === 'en' ? (v ? 'yes' : 'no') : v ? '是' : '否';
    else out += typeof v === 'object' ? JSON.stringify(v) : String(v);
    out += parts[i + 1]!;
  }
  return out;
}

/** Templates split at their placeholders: text, name, text, …, text. Bounded: catalogues are fixed. */
const SPLIT = new Map<string, readonly string[]>();
function templateParts(template: string): readonly string[] {
  let parts = SPLIT.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (SPLIT.size >= 10_000) SPLIT.clear();
    SPLIT.set(template, parts);
  }
  return parts;
}

/**
 * Renders `code` in `locale` from the first catalogue that has it. A missing code renders as the
 * code itself (and a test in each policy folder checks that every emitted code has wording).
 */
export function renderMessage(
  code: string,
  params: Readonly<Record<string, unknown>>,
  locale: Locale,
  ...catalogs: readonly MessageCatalog[]
): string {
  for (const c of catalogs) {
    const m = c[code];
    if (m) return interpolate(locale === 'en' ? m.en : m.zh, params, locale);
  }
  return code;
}

/** Both languages at once. */
export function renderBilingual(
  code: string,
  params: Readonly<Record<string, unknown>>,
  ...catalogs: readonly MessageCatalog[]
): Bilingual {
  return {
    zh: renderMessage(code, params, 'zh-CN', ...catalogs),
    en: renderMessage(code, params, 'en', ...catalogs),
  };
}

/** True when some catalogue has wording for `code`. */
export function hasMessage(code: string, ...catalogs: readonly MessageCatalog[]): boolean {
  return catalogs.some((c) => c[code] !== undefined);
}
