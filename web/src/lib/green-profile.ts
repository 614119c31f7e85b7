/**
 * @module web/lib/green-profile
 * The policy calculator's form as data: the enterprise's 第二章 facts, its projects (with the facts
 * every item of a project shares) and each project's candidate items (with the item's own facts),
 * read from the rules' JSON schemas; turned into the profile `POST /api/v1/match` takes, with the
 * problems of each input keyed by its place in the form. Also the worked example.
 */
import type { RuleDetail } from '../api.ts';
import { type CandidateItem, candidateRuleId } from './green-candidates.ts';
import type { MatchProfile, OtherPolicyAward } from './green-types.ts';
import {
  type FieldProblem,
  type FieldSpec,
  type FormValues,
  factsFromValues,
  fieldsOf,
  valuesFromFacts,
} from './schema-form.ts';

/** 第二章 一、二（一）（二）: where the enterprise is and its conduct; the same for all its projects. */
export const ENTERPRISE_KEYS: readonly string[] = [
  'location',
  'registeredTaxedAndInStatistics',
  'majorAdministrativePenaltyWithin3Years',
  'criminalRecordWithin3Years',
  'onSeriousDishonestyList',
  'majorSafetyAccidentWithin3Years',
  'environmentalIncidentWithin3Years',
];

/** 第二章 二（四）（五） and the technology bonuses: facts of a project, shared by its items. */
export const PROJECT_KEYS: readonly string[] = [
  'projectCompleted',
  'paidIncludingTax',
  'totalInvestmentIncludingTax',
  'threeSimultaneousProject',
  'dataCentre',
  'energySavingReviewObtained',
  'builtWithGovernmentFunds',
  'usesHighTechProduct',
  'usesFirstSet',
];

/** Facts the calculator supplies itself: the award history (optional JSON) and the project's id. */
const SUPPLIED: readonly string[] = ['awardHistory', 'projectRef'];

/** An item's own inputs: its schema's fields that are neither the enterprise's nor the project's. */
export function ownFields(rule: RuleDetail): FieldSpec[] {
  return fieldsOf(rule.factsSchema).filter(
    (f) => !ENTERPRISE_KEYS.includes(f.name) && !PROJECT_KEYS.includes(f.name) && !SUPPLIED.includes(f.name),
  );
}

/**
 * The fields named by `keys` as the given rules' schemas describe them, in `keys` order; a field
 * is required when any of the rules requires it.
 */
export function sharedFields(rules: readonly RuleDetail[], keys: readonly string[]): FieldSpec[] {
  const found = new Map<string, FieldSpec>();
  for (const r of rules) {
    for (const f of fieldsOf(r.factsSchema)) {
      if (!keys.includes(f.name)) continue;
      const seen = found.get(f.name);
      found.set(f.name, seen ? { ...seen, required: seen.required || f.required } : f);
    }
  }
  return keys.flatMap((k) => {
    const f = found.get(k);
    return f ? [f] : [];
  });
}

export interface CandidateDraft {
  readonly key: string;
  /** A 31号 item number, or another policy's rule id (32号, 1309号 六). */
  readonly item: CandidateItem;
  readonly values: FormValues;
}

export interface OtherAwardDraft {
  readonly key: string;
  readonly policyId: string;
  readonly title: string;
  readonly amount: string;
}

export interface ProjectDraft {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly values: FormValues;
  readonly candidates: readonly CandidateDraft[];
  readonly others: readonly OtherAwardDraft[];
}

export interface CalculatorDraft {
  readonly enterprise: FormValues;
  /** The award history as JSON text (`[{ruleId, subject, amount, awardedOn}]`), or empty. */
  readonly awardHistory: string;
  readonly projects: readonly ProjectDraft[];
}

let counter = 0;
/** A fresh React key for a project, a candidate or an award row. */
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export function emptyProject(n: number): ProjectDraft {
  return { key: newKey('p'), id: `P-${n}`, name: '', values: {}, candidates: [], others: [] };
}

export function emptyDraft(): CalculatorDraft {
  return { enterprise: {}, awardHistory: '', projects: [emptyProject(1)] };
}

/** The rule ids the draft's candidates need schemas for. */
export function draftRuleIds(draft: CalculatorDraft): string[] {
  const ids = new Set<string>();
  for (const p of draft.projects) for (const c of p.candidates) ids.add(candidateRuleId(c.item));
  return [...ids].sort();
}

/**
 * What is wrong with an input, keyed by its place: `enterprise.<name>`, `awardHistory`,
 * `p<i>.id`, `p<i>.candidates`, `p<i>.<name>` (project facts), `p<i>.c<j>.<name>` (an item's own),
 * `p<i>.o<k>.policyId` / `.amount` (another policy's award).
 */
export type DraftProblem = FieldProblem | 'duplicateId' | 'noCandidates' | 'loading';
export type DraftProblems = Record<string, DraftProblem>;

const YUAN = /^\d+(\.\d{1,2})?$/;

function prefixed(problems: Record<string, FieldProblem>, prefix: string, out: DraftProblems): void {
  for (const [k, v] of Object.entries(problems)) out[`${prefix}${k}`] = v;
}

/** The profile of the draft, or the problems that keep it from being sent. */
export function buildProfile(
  draft: CalculatorDraft,
  rules: ReadonlyMap<string, RuleDetail>,
): { profile: MatchProfile | null; problems: DraftProblems } {
  const problems: DraftProblems = {};
  const all = [...rules.values()];
  const ent = factsFromValues(sharedFields(all, ENTERPRISE_KEYS), draft.enterprise);
  prefixed(ent.problems, 'enterprise.', problems);
  const enterprise: Record<string, unknown> = { ...ent.facts };
  if (draft.awardHistory.trim() !== '') {
    try {
      const history: unknown = JSON.parse(draft.awardHistory);
      if (Array.isArray(history)) enterprise.awardHistory = history;
      else problems.awardHistory = 'invalidJson';
    } catch {
      problems.awardHistory = 'invalidJson';
    }
  }
  const ids = new Set<string>();
  const projects = draft.projects.map((p, i) => {
    const at = `p${i}.`;
    const id = p.id.trim();
    if (id === '') problems[`${at}id`] = 'missing';
    else if (ids.has(id)) problems[`${at}id`] = 'duplicateId';
    ids.add(id);
    if (p.candidates.length === 0) problems[`${at}candidates`] = 'noCandidates';
    const used = p.candidates.flatMap((c) => {
      const r = rules.get(candidateRuleId(c.item));
      return r ? [r] : [];
    });
    const shared = factsFromValues(sharedFields(used, PROJECT_KEYS), p.values);
    prefixed(shared.problems, at, problems);
    const candidates = p.candidates.map((c, j) => {
      const rule = rules.get(candidateRuleId(c.item));
      if (!rule) {
        problems[`${at}c${j}`] = 'loading';
        return { item: c.item, facts: {} };
      }
      const own = factsFromValues(ownFields(rule), c.values);
      prefixed(own.problems, `${at}c${j}.`, problems);
      // Items that key their award by the project (26) take the project's id as its reference.
      const facts =
        'projectRef' in rule.factsSchema.properties ? { ...own.facts, projectRef: id } : own.facts;
      return { item: c.item, facts };
    });
    const others: OtherPolicyAward[] = [];
    p.others.forEach((o, k) => {
      const policyId = o.policyId.trim();
      const amount = o.amount.trim();
      if (policyId === '' && amount === '' && o.title.trim() === '') return;
      if (policyId === '') problems[`${at}o${k}.policyId`] = 'missing';
      if (!YUAN.test(amount)) problems[`${at}o${k}.amount`] = amount === '' ? 'missing' : 'invalidNumber';
      others.push({ policyId, amount, ...(o.title.trim() ? { title: o.title.trim() } : {}) });
    });
    return {
      id,
      ...(p.name.trim() ? { name: p.name.trim() } : {}),
      facts: shared.facts,
      candidates,
      ...(others.length > 0 ? { otherPolicyAwards: others } : {}),
    };
  });
  if (Object.keys(problems).length > 0) return { profile: null, problems };
  return { profile: { enterprise, projects }, problems };
}

/**
 * The draft key of the input an API error names. The match reports candidate facts as
 * `projects[i].candidates[j].facts.<name>` (the enterprise's and the project's facts travel with
 * each candidate, so they are sent back to their own inputs) and project fields as
 * `profile.projects[i].<field>`.
 */
export function problemKeyOfError(field: string | null): string | null {
  if (!field) return null;
  const m = /projects\[(\d+)\](?:\.candidates\[(\d+)\])?(?:\.facts)?(?:\.(\w+))?/.exec(field);
  if (!m) return field === 'asOf' ? 'asOf' : null;
  const [, i, j, name] = m;
  if (name === undefined) return j === undefined ? `p${i}.candidates` : `p${i}.c${j}`;
  if (ENTERPRISE_KEYS.includes(name)) return `enterprise.${name}`;
  if (j === undefined || PROJECT_KEYS.includes(name)) return `p${i}.${name}`;
  return `p${i}.c${j}.${name}`;
}

/** A worked example as facts: the enterprise, and per project its facts and candidate items. */
export interface ExampleFacts {
  readonly asOf: string;
  readonly enterprise: Readonly<Record<string, unknown>>;
  readonly projects: readonly {
    readonly id: string;
    readonly name: string;
    readonly facts: Readonly<Record<string, unknown>>;
    readonly candidates: readonly {
      readonly item: CandidateItem;
      readonly facts: Readonly<Record<string, unknown>>;
    }[];
  }[];
}

const STANDING_OK = {
  location: 'etdz_60',
  registeredTaxedAndInStatistics: true,
  majorAdministrativePenaltyWithin3Years: false,
  criminalRecordWithin3Years: false,
  onSeriousDishonestyList: false,
  majorSafetyAccidentWithin3Years: false,
  environmentalIncidentWithin3Years: false,
};
const PROJECT_OK = {
  projectCompleted: true,
  paidIncludingTax: '1130000',
  totalInvestmentIncludingTax: '1130000',
  threeSimultaneousProject: false,
  dataCentre: false,
  builtWithGovernmentFunds: false,
};

/**
 * The worked example: a VOC retrofit paid 1,000,000 元 (tax excluded) with first-set equipment,
 * which item 1 rewards at 30% + 10% = 400,000.00 元, and whose online monitors (item 4) are
 * superseded by it (从高从优不重复); and a water project only half paid, which misses 第二章 二（四）.
 */
export const WORKED_EXAMPLE: ExampleFacts = {
  asOf: '2024-06-30',
  enterprise: STANDING_OK,
  projects: [
    {
      id: 'P-1',
      name: 'VOCs 治理改造',
      facts: { ...PROJECT_OK, usesHighTechProduct: true, usesFirstSet: true },
      candidates: [
        { item: 1, facts: { enterprise: true, airPollutant: 'vocs', paymentExcludingTax: '1000000' } },
        {
          item: 4,
          facts: {
            enterprise: true,
            monitored: 'waste_gas',
            acceptancePassed: true,
            networkedWithAuthorityPlatform: true,
            installedWhileKeyDischargeUnit: false,
            paymentExcludingTax: '400000',
          },
        },
      ],
    },
    {
      id: 'P-2',
      name: '污水再生利用',
      facts: { ...PROJECT_OK, paidIncludingTax: '500000', usesHighTechProduct: true, usesFirstSet: false },
      candidates: [
        {
          item: 2,
          facts: { enterprise: true, projectKind: 'wastewater_reuse', paymentExcludingTax: '800000' },
        },
      ],
    },
  ],
};

/** The rule ids an example needs. */
export function exampleRuleIds(example: ExampleFacts): string[] {
  return [...new Set(example.projects.flatMap((p) => p.candidates.map((c) => candidateRuleId(c.item))))];
}

/** The draft of an example, once the schemas of its items are loaded. */
export function draftFromExample(
  example: ExampleFacts,
  rules: ReadonlyMap<string, RuleDetail>,
): CalculatorDraft {
  const all = [...rules.values()];
  return {
    enterprise: valuesFromFacts(sharedFields(all, ENTERPRISE_KEYS), example.enterprise),
    awardHistory: '',
    projects: example.projects.map((p) => {
      const used = p.candidates.flatMap((c) => {
        const r = rules.get(candidateRuleId(c.item));
        return r ? [r] : [];
      });
      return {
        key: newKey('p'),
        id: p.id,
        name: p.name,
        values: valuesFromFacts(sharedFields(used, PROJECT_KEYS), p.facts),
        others: [],
        candidates: p.candidates.map((c) => {
          const r = rules.get(candidateRuleId(c.item));
          return { key: newKey('c'), item: c.item, values: r ? valuesFromFacts(ownFields(r), c.facts) : {} };
        }),
      };
    }),
  };
}
