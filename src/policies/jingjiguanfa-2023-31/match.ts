/**
 * @module policies/jingjiguanfa-2023-31/match
 * An enterprise profile with its projects and award history → every item of 31号 considered, the
 * decision for each, which one wins per project and the total.
 *
 * > (三)同一单位同一项目符合本办法规定的多个支持方向及经开区其他专项支持政策的,按照从高从优不重复的原则申请支持。
 *
 * Per project, the eligible decision with the highest amount wins (a tie goes to the lower item
 * number); every other eligible decision of that project is `superseded`, naming the winner. An
 * award the project already has under another E-Town policy takes part in the comparison: when it is
 * at least as high, the 31号 items are superseded by it (D-31-11). Decisions that need review keep
 * their outcome and are marked `pending`; they never win until decided.
 *
 * Facts are merged per candidate from the enterprise (第二章 conditions, award history), the
 * project (payments, exclusions) and the candidate's own facts, keeping only what the item's
 * schema names, so one profile serves every item.
 */
import { type Citation, cite } from '../../engine/citation.ts';
import type { Decision } from '../../engine/decision.ts';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { addFen, type Fen, formatYuan, parseYuan } from '../../engine/money.ts';
import type { ParameterOverrides } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { evaluateRule, type Rule } from '../../engine/rule.ts';
import { allRules, getPolicy, policyWindow } from '../index.ts';
import { POLICY_ID } from './parameters.ts';
import { RULES_31 } from './rules.ts';

export const NON_DUPLICATION_CITATION: Citation = cite(
  POLICY_ID,
  '第二章 二（三）',
  '同一单位同一项目符合本办法规定的多个支持方向及经开区其他专项支持政策的,按照从高从优不重复的原则申请支持。',
);

/** An award the same project holds under another E-Town policy. */
export interface OtherPolicyAward {
  readonly policyId: string;
  readonly title?: string;
  readonly amount: string;
}

/** One item the enterprise asks about for a project, with that item's own facts. */
export interface MatchCandidate {
  /** `jingjiguanfa-2023-31/item-07`, `item-07` or 7. */
  readonly item: string | number;
  readonly facts?: Readonly<Record<string, unknown>>;
}

export interface MatchProject {
  readonly id: string;
  readonly name?: string;
  /** Facts of the project shared by its candidates (payments, exclusions, bonuses). */
  readonly facts?: Readonly<Record<string, unknown>>;
  readonly candidates: readonly MatchCandidate[];
  readonly otherPolicyAwards?: readonly OtherPolicyAward[];
}

export interface MatchProfile {
  /** 第二章 facts of the enterprise and its `awardHistory`. */
  readonly enterprise: Readonly<Record<string, unknown>>;
  readonly projects: readonly MatchProject[];
}

export type MatchStatus = 'winner' | 'superseded' | 'pending' | 'not_awarded';

export interface MatchEntry {
  readonly ruleId: string;
  readonly item: number;
  readonly title: Bilingual;
  readonly noApplication: boolean;
  readonly department: string | null;
  readonly status: MatchStatus;
  /** For a superseded entry: the rule id (or other policy id) that won. */
  readonly supersededBy?: string;
  readonly decision: Decision;
}

export interface ProjectMatch {
  readonly id: string;
  readonly name: string | null;
  readonly entries: readonly MatchEntry[];
  /** The winning rule id, the other policy's id when it wins, or null. */
  readonly winner: string | null;
  readonly amount: Fen;
}

export interface MatchResult {
  readonly asOf: CalendarDate;
  readonly projects: readonly ProjectMatch[];
  readonly total: Fen;
  /** Items no project asked about, for the "what else could we apply for" list. */
  readonly notConsidered: readonly {
    readonly ruleId: string;
    readonly item: number;
    readonly title: Bilingual;
  }[];
  readonly interpretations: readonly string[];
  readonly citation: Citation;
}

/** The item number of a rule id of this measure (0 for other policies' rules). */
export function itemNumber(ruleId: string): number {
  return ruleId.startsWith(`${POLICY_ID}/item-`) ? Number(ruleId.slice(ruleId.lastIndexOf('-') + 1)) : 0;
}

/**
 * The rule of an item given as `item-07`, `7` or 7 (31号), or as any rule id of the catalog
 * (`jingjiguanfa-2023-32/art-01-srdi`): other E-Town policies' awards take part in the match.
 */
export function itemRule(item: unknown, field: string, rules: readonly Rule[] = RULES_31): Rule {
  const text = typeof item === 'number' ? String(item) : typeof item === 'string' ? item : '';
  if (text.includes('/') && !text.startsWith(`${POLICY_ID}/`)) {
    const other = allRules().find((r) => r.id === text);
    if (other) return other;
    throw invalidInput(field, item, 'is not a rule of the catalog', '不是已实现的规则');
  }
  const n = /^(?:(?:jingjiguanfa-2023-31\/)?item-)?(\d{1,2})$/.exec(text)?.[1];
  const rule = n === undefined ? undefined : rules.find((r) => itemNumber(r.id) === Number(n));
  if (!rule)
    throw invalidInput(
      field,
      item,
      'is not an item of 京技管发〔2023〕31号 (1–27, item-NN or the rule id)',
      '不是京技管发〔2023〕31号的支持项目（1–27、item-NN 或规则编号）',
    );
  return rule;
}

/** The facts of one candidate: enterprise, project and own facts, limited to the item's schema. */
export function candidateFacts(
  rule: Rule,
  enterprise: Readonly<Record<string, unknown>>,
  project: Readonly<Record<string, unknown>> | undefined,
  own: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const allowed = rule.factsSchema.properties;
  const out: Record<string, unknown> = {};
  for (const source of [enterprise, project ?? {}, own ?? {}]) {
    for (const [k, v] of Object.entries(source)) if (k in allowed) out[k] = v;
  }
  // Own facts the schema does not know are kept, so the schema check names them.
  for (const [k, v] of Object.entries(own ?? {})) if (!(k in allowed)) out[k] = v;
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks the shape of a profile (the facts themselves are checked by each item's schema). */
export function parseProfile(input: unknown, field = 'profile'): MatchProfile {
  if (!isRecord(input)) throw invalidInput(field, input, 'must be an object', '须为对象');
  if (!isRecord(input.enterprise))
    throw invalidInput(`${field}.enterprise`, input.enterprise, 'must be an object', '须为对象');
  if (!Array.isArray(input.projects) || input.projects.length === 0)
    throw invalidInput(`${field}.projects`, input.projects, 'must be a non-empty array', '须为非空数组');
  const ids = new Set<string>();
  input.projects.forEach((p: unknown, i: number) => {
    const at = `${field}.projects[${i}]`;
    if (!isRecord(p)) throw invalidInput(at, p, 'must be an object', '须为对象');
    if (typeof p.id !== 'string' || p.id.trim() === '')
      throw invalidInput(`${at}.id`, p.id, 'is required', '必填');
    if (ids.has(p.id)) throw invalidInput(`${at}.id`, p.id, 'is used by another project', '与其他项目重复');
    ids.add(p.id);
    if (p.facts !== undefined && !isRecord(p.facts))
      throw invalidInput(`${at}.facts`, p.facts, 'must be an object', '须为对象');
    if (!Array.isArray(p.candidates) || p.candidates.length === 0)
      throw invalidInput(`${at}.candidates`, p.candidates, 'must be a non-empty array', '须为非空数组');
    p.candidates.forEach((c: unknown, j: number) => {
      if (!isRecord(c)) throw invalidInput(`${at}.candidates[${j}]`, c, 'must be an object', '须为对象');
      itemRule(c.item, `${at}.candidates[${j}].item`);
      if (c.facts !== undefined && !isRecord(c.facts))
        throw invalidInput(`${at}.candidates[${j}].facts`, c.facts, 'must be an object', '须为对象');
    });
    if (p.otherPolicyAwards !== undefined) {
      if (!Array.isArray(p.otherPolicyAwards))
        throw invalidInput(`${at}.otherPolicyAwards`, p.otherPolicyAwards, 'must be an array', '须为数组');
      p.otherPolicyAwards.forEach((o: unknown, j: number) => {
        const oat = `${at}.otherPolicyAwards[${j}]`;
        if (!isRecord(o) || typeof o.policyId !== 'string' || o.policyId === '')
          throw invalidInput(`${oat}.policyId`, isRecord(o) ? o.policyId : o, 'is required', '必填');
        parseYuan(o.amount, `${oat}.amount`);
      });
    }
  });
  return input as unknown as MatchProfile;
}

/**
 * Evaluates every candidate of every project and applies 从高从优不重复 per project. Facts errors
 * name the candidate's path (`projects[0].candidates[1].facts.x`).
 */
export function matchProfile(
  profile: MatchProfile,
  asOf: CalendarDate,
  overrides?: ParameterOverrides,
): MatchResult {
  const asked = new Set<string>();
  const projects = profile.projects.map((p, i): ProjectMatch => {
    const decided = p.candidates.map((c, j) => {
      const rule = itemRule(c.item, `projects[${i}].candidates[${j}].item`);
      asked.add(rule.id);
      const facts = candidateFacts(rule, profile.enterprise, p.facts, c.facts);
      let decision: Decision;
      try {
        decision = evaluateRule(rule, facts, asOf, policyWindow(getPolicy(rule.policyId)), overrides);
      } catch (e) {
        const at = `projects[${i}].candidates[${j}]`;
        if (e instanceof ZhengceError && e.field !== undefined)
          throw new ZhengceError(e.code, `${at}: ${e.message}`, {
            field: `${at}.${e.field}`,
            value: e.value,
            ...(e.messageZh === undefined ? {} : { messageZh: `${at}：${e.messageZh}` }),
            details: e.details,
          });
        throw e;
      }
      return { rule, decision };
    });
    return decideProject(p, decided);
  });
  const total = addFen(...projects.map((p) => p.amount));
  return {
    asOf,
    projects,
    total,
    notConsidered: RULES_31.filter((r) => !asked.has(r.id)).map((r) => ({
      ruleId: r.id,
      item: itemNumber(r.id),
      title: r.title,
    })),
    interpretations: ['D-31-11'],
    citation: NON_DUPLICATION_CITATION,
  };
}

function decideProject(
  p: MatchProject,
  decided: readonly { rule: Rule; decision: Decision }[],
): ProjectMatch {
  const eligible = decided
    .filter((x) => x.decision.outcome === 'eligible' && x.decision.amount !== null && x.decision.amount > 0)
    .sort(
      (a, b) =>
        (b.decision.amount as number) - (a.decision.amount as number) ||
        itemNumber(a.rule.id) - itemNumber(b.rule.id),
    );
  const other = [...(p.otherPolicyAwards ?? [])]
    .map((o) => ({ policyId: o.policyId, amount: parseYuan(o.amount, 'otherPolicyAwards.amount') }))
    .sort((a, b) => b.amount - a.amount)[0];
  const best = eligible[0];
  let winner: string | null = null;
  let amount = 0 as Fen;
  if (best && !(other && other.amount >= (best.decision.amount as number))) {
    winner = best.rule.id;
    amount = best.decision.amount as Fen;
  } else if (other) {
    winner = other.policyId;
  }
  const entries = decided.map(({ rule, decision }): MatchEntry => {
    const base = {
      ruleId: rule.id,
      item: itemNumber(rule.id),
      title: rule.title,
      noApplication: rule.noApplication === true,
      department: rule.department ?? null,
      decision,
    };
    if (decision.outcome === 'needs_review') return { ...base, status: 'pending' };
    if (decision.outcome !== 'eligible' || decision.amount === null || decision.amount <= 0)
      return { ...base, status: 'not_awarded' };
    if (rule.id === winner) return { ...base, status: 'winner' };
    return { ...base, status: 'superseded', supersededBy: winner ?? '' };
  });
  return { id: p.id, name: p.name ?? null, entries, winner, amount };
}

/** The match as JSON: amounts as yuan strings. */
export function matchToJson(m: MatchResult, toJson: (d: Decision) => unknown): unknown {
  return {
    asOf: m.asOf,
    total: formatYuan(m.total),
    interpretations: m.interpretations,
    citation: m.citation,
    projects: m.projects.map((p) => ({
      id: p.id,
      name: p.name,
      winner: p.winner,
      amount: formatYuan(p.amount),
      entries: p.entries.map((e) => ({
        ruleId: e.ruleId,
        item: e.item,
        title: e.title,
        noApplication: e.noApplication,
        department: e.department,
        status: e.status,
        ...(e.supersededBy === undefined ? {} : { supersededBy: e.supersededBy }),
        decision: toJson(e.decision),
      })),
    })),
    notConsidered: m.notConsidered,
  };
}
