/**
 * @module policies
 * The catalog: the seven documents of the Beijing Municipal People's Government Gazette 2024
 * No. 13 in gazette order, their standing on a date, clause lookup by outline path or citation
 * form, and the rules that implement them. Pure: the as-of date is always an argument.
 */
import type { Decision } from '../engine/decision.ts';
import { ZhengceError } from '../engine/errors.ts';
import type { ParameterOverrides } from '../engine/parameter.ts';
import { type CalendarDate, validityStatus } from '../engine/period.ts';
import { evaluateRule, type PolicyWindow, type Rule } from '../engine/rule.ts';
import { policy as jingfagai20231309 } from './jingfagai-2023-1309/index.ts';
import { policy as jingfagai20231336 } from './jingfagai-2023-1336/index.ts';
import { policy as jingjiguanfa202328 } from './jingjiguanfa-2023-28/index.ts';
import { policy as jingjiguanfa202329 } from './jingjiguanfa-2023-29/index.ts';
import { policy as jingjiguanfa202330 } from './jingjiguanfa-2023-30/index.ts';
import { policy as jingjiguanfa202331 } from './jingjiguanfa-2023-31/index.ts';
import { policy as jingjiguanfa202332 } from './jingjiguanfa-2023-32/index.ts';
import { comparable, flatten } from './outline.ts';
import type { ClauseNode, PolicyDocument, PolicyStatus } from './types.ts';

export { fullText } from './outline.ts';

/** The seven documents, in the order of the gazette's contents. */
export const POLICIES: readonly PolicyDocument[] = [
  jingfagai20231309,
  jingfagai20231336,
  jingjiguanfa202328,
  jingjiguanfa202329,
  jingjiguanfa202330,
  jingjiguanfa202331,
  jingjiguanfa202332,
];

const BY_ID: ReadonlyMap<string, PolicyDocument> = new Map(POLICIES.map((p) => [p.id, p]));

/** The ids of the catalog, in gazette order. */
export const POLICY_IDS: readonly string[] = POLICIES.map((p) => p.id);

/** One document by id; throws `ZC_ERR_POLICY_NOT_FOUND` (field `policyId`) naming the known ids. */
export function getPolicy(id: string): PolicyDocument {
  const found = BY_ID.get(id);
  if (found) return found;
  const known = POLICY_IDS.join(', ');
  throw new ZhengceError(
    'ZC_ERR_POLICY_NOT_FOUND',
    `policyId: ${JSON.stringify(id)} is not a known policy (known: ${known})`,
    {
      field: 'policyId',
      value: id,
      messageZh: `policyId：${JSON.stringify(id)} 不是已收录的政策文件（已收录：${known}）`,
    },
  );
}

/** A document's standing on `asOf`: `repealed` on and after `repealedOn`, else by its validity window. */
export function policyStatus(policy: PolicyDocument, asOf: CalendarDate): PolicyStatus {
  if (policy.repealedOn !== undefined && asOf >= policy.repealedOn) return 'repealed';
  return validityStatus(policy.validity, asOf);
}

/** The window {@link evaluateRule} checks before a rule of this document decides. */
export function policyWindow(policy: PolicyDocument): PolicyWindow {
  let w = WINDOWS.get(policy);
  if (!w) {
    w = Object.freeze({
      title: policy.measureTitle ?? policy.title,
      validity: policy.validity,
      ...(policy.repealedOn === undefined ? {} : { repealedOn: policy.repealedOn }),
    });
    WINDOWS.set(policy, w);
  }
  return w;
}
const WINDOWS = new WeakMap<PolicyDocument, PolicyWindow>();

/** Every node of a document's outline, in document order. */
export function flattenOutline(policy: PolicyDocument): ClauseNode[] {
  return flatten(policy.outline);
}

const clauseIndex = new WeakMap<PolicyDocument, Map<string, ClauseNode>>();

function indexOf(policy: PolicyDocument): Map<string, ClauseNode> {
  let index = clauseIndex.get(policy);
  if (!index) {
    index = new Map();
    for (const node of flattenOutline(policy)) {
      index.set(comparable(node.path), node);
      index.set(comparable(node.clause), node);
    }
    clauseIndex.set(policy, index);
  }
  return index;
}

/**
 * A clause by its outline path (`第一章/一/（十三）`) or citation form (`第一章 一（十三）`).
 * Half- and full-width parentheses are interchangeable and whitespace is ignored.
 * Throws `ZC_ERR_CLAUSE_NOT_FOUND` (field `clause`) otherwise.
 */
export function findClause(policy: PolicyDocument, ref: string): ClauseNode {
  const found = indexOf(policy).get(comparable(ref));
  if (found) return found;
  throw new ZhengceError(
    'ZC_ERR_CLAUSE_NOT_FOUND',
    `clause: ${JSON.stringify(ref)} is not a clause of ${policy.number} (${policy.id}); give a path such as ${JSON.stringify(sampleRef(policy))}`,
    {
      field: 'clause',
      value: ref,
      messageZh: `clause：${policy.number}中没有条款 ${JSON.stringify(ref)}，请按条款路径（如 ${JSON.stringify(sampleRef(policy))}）查询`,
    },
  );
}

function sampleRef(policy: PolicyDocument): string {
  const numbered = flattenOutline(policy).filter((n) => n.kind !== 'preamble' && n.kind !== 'closing');
  return (numbered.find((n) => n.path.includes('/')) ?? numbered[0])?.path ?? '';
}

/** Every rule of every document, in gazette order. */
export function allRules(): Rule[] {
  return POLICIES.flatMap((p) => p.rules);
}

/** One rule by id (`<policy-id>/<rule>`); throws `ZC_ERR_RULE_NOT_FOUND` (field `ruleId`). */
export function getRule(ruleId: string): Rule {
  const policyId = ruleId.split('/')[0] ?? '';
  const found =
    BY_ID.get(policyId)?.rules.find((r) => r.id === ruleId) ?? allRules().find((r) => r.id === ruleId);
  if (found) return found;
  throw new ZhengceError('ZC_ERR_RULE_NOT_FOUND', `ruleId: ${JSON.stringify(ruleId)} is not a known rule`, {
    field: 'ruleId',
    value: ruleId,
    messageZh: `ruleId：${JSON.stringify(ruleId)} 不是已实现的规则`,
  });
}

/** Evaluates a rule as of a date, inside its document's window (see {@link evaluateRule}). */
export function evaluate(
  ruleId: string,
  facts: unknown,
  asOf: CalendarDate,
  overrides?: ParameterOverrides,
): Decision {
  const rule = getRule(ruleId);
  return evaluateRule(rule, facts, asOf, policyWindow(getPolicy(rule.policyId)), overrides);
}

/** Text made comparable for search: NFKC (full-width → half-width), lower case, no whitespace. */
function searchable(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The clauses of a document whose text (or heading) contains `query`, in document order. */
export function matchingClauses(policy: PolicyDocument, query: string): ClauseNode[] {
  const q = searchable(query);
  if (q === '') return [];
  return flattenOutline(policy).filter(
    (n) =>
      searchable(n.text).includes(q) || (n.headingEn !== undefined && searchable(n.headingEn).includes(q)),
  );
}

/**
 * The documents whose id, number (zh or en), titles, measure titles, summaries or clause text
 * contain `query`, case-insensitively and ignoring whitespace and the width of characters;
 * in gazette order. A blank query matches nothing.
 */
export function searchPolicies(query: string): PolicyDocument[] {
  const q = searchable(query);
  if (q === '') return [];
  return POLICIES.filter((p) => {
    const fields = [
      p.id,
      p.number,
      p.numberEn,
      p.title.zh,
      p.title.en,
      p.measureTitle?.zh ?? '',
      p.measureTitle?.en ?? '',
      p.summary.zh,
      p.summary.en,
    ];
    return fields.some((f) => searchable(f).includes(q)) || matchingClauses(p, query).length > 0;
  });
}
