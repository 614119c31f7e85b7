/**
 * @module policies/jingjiguanfa-2023-30/rating-requirement
 * 四(一), 四(二), 三(二), 六(十三): the green rating and ultra-low-energy standard a building project
 * in the 225 km² must meet, and whether a planned rating complies.
 *
 * > 二 本实施意见适用于亦庄新城 225 平方公里范围内新建、改建和扩建建筑项目……
 * > 四(一) 改扩建项目中绿色建筑等级达到一星级及以上标准。新建工业建筑全面执行绿色工业建筑二星级及以上标准。
 * > 新建民用建筑全面执行绿色建筑二星级及以上标准。……政府投资的公益性建筑原则上采用绿色建筑三星级标准建设……
 * > 四(二) 政府投资或以政府投资为主的新建公共建筑项目(学校、医院、办公楼、养老院等)和集中建设的公租房、专家公寓、
 * > 人才公寓等居住建筑,开展超低能耗建筑建设。
 * > 九3 ……凡是自 2023 年 11 月 23 日之后取得立项手续的建设项目,均应按照本实施意见执行。
 *
 * Outcomes (D-30-13): `eligible` = the document governs the project and the requirement is
 * determined (and the plan, if given, complies); `ineligible` = outside the 225 km², or the plan
 * falls short; `needs_review` = a fact is missing, or a plan below an "in principle" standard awaits
 * the reviewing department (D-30-7); `not_in_force` = as-of or approval date outside 2023-11-23 –
 * 2025-12-31 (D-30-1). No amount: the rule decides a requirement.
 */
import type { Citation } from '../../engine/citation.ts';
import { type Decision, DecisionBuilder, notInForce } from '../../engine/decision.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { valueAt } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate, validityStatus } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import {
  APPROVED_FROM,
  CIVIL_IN_PLANT_CITATION,
  EFFECT_CITATION,
  FROM,
  LAND_CENTRE_CITATION,
  MEASURE_TITLE,
  NEW_CIVIL_CITATION,
  NEW_INDUSTRIAL_CITATION,
  POLICY_ID,
  REBUILT_CITATION,
  SCOPE_CITATION,
  THREE_STAR_CITATION,
  TO,
  ULE_CITATION,
  ULE_PRINCIPLE_CITATION,
  WELFARE_CITATION,
  WELFARE_SOCIAL_CITATION,
} from './parameters.ts';
import {
  APARTMENT_USES,
  CLASS_LABELS,
  INVESTOR_LABELS,
  KIND_LABELS,
  LOCATION_LABELS,
  RATING_LABELS,
  type RatingRequirement,
  ratingCode,
  ratingRequirement,
  ULE_LABELS,
  USE_LABELS,
  WELFARE_USES,
} from './project.ts';
import { RATING_MESSAGES, summary } from './rating-messages.ts';
import {
  type PlannedRating,
  RATING_EXAMPLES,
  RATING_FACTS_SCHEMA,
  type RatingFacts,
} from './rating-schema.ts';

export type { PlannedRating, RatingFacts } from './rating-schema.ts';

const RESIDENTIAL: readonly string[] = [...APARTMENT_USES, 'other_residential'];
const STARS: Readonly<Record<PlannedRating, number>> = { none: 0, one_star: 1, two_star: 2, three_star: 3 };

/** Yes / no / not reported, in both languages. */
function tri(v: boolean | null | undefined, zh = 'Zh', en = 'En'): Record<string, string> {
  const t = v === undefined || v === null ? ['未填报', 'not reported'] : v ? ['是', 'yes'] : ['否', 'no'];
  return { [zh]: t[0]!, [en]: t[1]! };
}
const two = (prefix: string, b: Bilingual): Record<string, string> => ({
  [`${prefix}Zh`]: b.zh,
  [`${prefix}En`]: b.en,
});

/**
 * "凡是自 2023 年 11 月 23 日之后取得立项手续的建设项目": an approval outside the document's window
 * means the document never governed the project (D-30-1). The decision keeps the real as-of date.
 */
function approvalOutside(rule: Rule, approval: CalendarDate, asOf: CalendarDate): Decision | null {
  const status = validityStatus(rule.validity, approval);
  if (status === 'in_force') return null;
  const nif = notInForce(rule, approval, status, rule.validity, MEASURE_TITLE);
  return {
    ...nif,
    asOf,
    reasons: [
      ...nif.reasons,
      {
        code: 'j30.scope.approval_window',
        passed: false,
        params: { approvalDate: approval, from: FROM, to: TO },
        citation: EFFECT_CITATION,
      },
    ],
    interpretations: ['D-30-1'],
  };
}

/** Records how the requirement follows from the facts: minimum, three stars, ultra-low energy. */
function recordRequirement(d: DecisionBuilder, f: RatingFacts, req: RatingRequirement): void {
  const kind = two('kind', KIND_LABELS[f.projectKind]);
  const use = two('use', USE_LABELS[f.use]);
  const investor = two('investor', INVESTOR_LABELS[f.investor]);
  d.interpret('D-30-4');
  d.interpret('D-30-5');
  d.step('j30.rating.minimum', {
    inputs: { kind: f.projectKind, ...kind, ...two('class', CLASS_LABELS[f.buildingClass]) },
    parameters: { stars: req.minimumStars, ...two('rating', RATING_LABELS[req.minimumRating]) },
    result: req.minimumRating,
    citation: req.minimumCitation,
  });
  if (f.investor === 'government_mainly') d.interpret('D-30-6');
  if (f.buildingClass === 'civil' && f.investor === 'government') {
    d.interpret('D-30-8');
    if (req.publicWelfare === null) {
      d.check('j30.rating.public_welfare_known', null, use, THREE_STAR_CITATION);
    } else {
      const byText = WELFARE_USES.includes(f.use);
      const citation: Citation = !byText
        ? THREE_STAR_CITATION
        : ['school', 'museum', 'library'].includes(f.use)
          ? WELFARE_CITATION
          : WELFARE_SOCIAL_CITATION;
      d.step('j30.rating.public_welfare', {
        inputs: { use: f.use, ...use, ...tri(f.publicWelfare, 'reportedZh', 'reportedEn') },
        result: req.publicWelfare,
        citation,
      });
    }
    if (req.publicWelfare === true && f.projectKind !== 'new') d.interpret('D-30-9');
  }
  if (f.buildingClass === 'industrial' && f.investor === 'government') d.interpret('D-30-9');
  if (req.threeStarInPrinciple !== null && f.buildingClass === 'civil') {
    if (req.threeStarInPrinciple) d.interpret('D-30-7');
    d.step('j30.rating.three_star', {
      inputs: { investor: f.investor, ...investor, ...tri(req.publicWelfare, 'welfareZh', 'welfareEn') },
      parameters: { stars: req.inPrincipleStars },
      result: req.threeStarInPrinciple,
      citation: THREE_STAR_CITATION,
    });
  }
  d.interpret('D-30-10');
  if (req.ultraLowEnergy === null) {
    d.interpret('D-30-14');
    d.check('j30.ule.centrally_built_known', null, use, ULE_CITATION);
  } else {
    if (req.ultraLowEnergy === 'in_principle') d.interpret('D-30-11');
    d.step('j30.ule.level', {
      inputs: {
        ...kind,
        ...use,
        ...investor,
        ...(RESIDENTIAL.includes(f.use)
          ? tri(f.centrallyBuilt, 'centralZh', 'centralEn')
          : { centralZh: '不适用', centralEn: 'n/a' }),
      },
      result: req.ultraLowEnergy,
      parameters: two('level', ULE_LABELS[req.ultraLowEnergy]),
      citation: req.ultraLowEnergyCitations[0] ?? ULE_CITATION,
    });
  }
  d.step('j30.requirement', {
    inputs: summary(req),
    result: {
      minimumRating: req.minimumRating,
      threeStarInPrinciple: req.threeStarInPrinciple,
      ultraLowEnergy: req.ultraLowEnergy,
    },
  });
}

/** Checks a planned rating and ultra-low-energy plan against the requirement (D-30-7, D-30-13). */
function checkPlan(d: DecisionBuilder, f: RatingFacts, req: RatingRequirement): void {
  if (f.plannedRating === undefined && f.plannedUltraLowEnergy === undefined) return;
  d.interpret('D-30-13');
  if (f.plannedRating === undefined) {
    d.check('j30.plan.rating_given', null, {}, req.minimumCitation);
  } else {
    const p = STARS[f.plannedRating];
    const planned =
      p === 0
        ? { plannedZh: '无星级', plannedEn: 'no rating' }
        : two('planned', RATING_LABELS[ratingCode(f.buildingClass, p)]);
    d.check(
      'j30.plan.minimum',
      p >= req.minimumStars,
      { planned: f.plannedRating, ...planned, ...two('minimum', RATING_LABELS[req.minimumRating]) },
      req.minimumCitation,
    );
    if (req.threeStarInPrinciple === true) {
      if (p >= req.inPrincipleStars) {
        d.check('j30.plan.three_star', true, planned, THREE_STAR_CITATION);
      } else {
        const accepted = f.threeStarDeviationAccepted ?? null;
        d.check(
          'j30.plan.three_star_deviation',
          accepted,
          { ...planned, ...tri(accepted, 'acceptedZh', 'acceptedEn') },
          THREE_STAR_CITATION,
        );
      }
    }
  }
  const u = f.plannedUltraLowEnergy;
  const planned = tri(u, 'plannedZh', 'plannedEn');
  if (req.ultraLowEnergy === 'required') {
    d.check('j30.plan.ule_required', u ?? null, planned, ULE_CITATION);
  } else if (req.ultraLowEnergy === 'in_principle') {
    const citation = req.ultraLowEnergyCitations[0] ?? ULE_PRINCIPLE_CITATION;
    if (u === false) {
      const accepted = f.ultraLowEnergyDeviationAccepted ?? null;
      d.check('j30.plan.ule_deviation', accepted, tri(accepted, 'acceptedZh', 'acceptedEn'), citation);
    } else {
      d.check('j30.plan.ule_in_principle', u ?? null, planned, citation);
    }
  }
}

/** Decides on validated facts (see the module comment for what each outcome means). */
function assess(rule: Rule, f: RatingFacts, asOf: CalendarDate): Decision {
  const approval =
    f.approvalDate === undefined ? null : parseCalendarDate(f.approvalDate, 'facts.approvalDate');
  if (approval !== null) {
    const outside = approvalOutside(rule, approval, asOf);
    if (outside) return outside;
  }
  const d = new DecisionBuilder(rule, asOf);
  d.interpret('D-30-3');
  const inArea = d.check(
    'j30.scope.area',
    f.location !== 'outside',
    { location: f.location, ...two('location', LOCATION_LABELS[f.location]) },
    SCOPE_CITATION,
  );
  d.check(
    'j30.scope.kind',
    true,
    { kind: f.projectKind, ...two('kind', KIND_LABELS[f.projectKind]) },
    SCOPE_CITATION,
  );
  // The requirement in force when the project was approved (or now, if it is not yet approved).
  const on = approval ?? asOf;
  const approvedFrom = valueAt(APPROVED_FROM, on);
  if (approval === null) {
    d.interpret('D-30-2');
    d.check('j30.scope.not_yet_approved', true, { asOf, from: FROM, to: TO }, approvedFrom.citation);
  } else {
    d.interpret('D-30-1');
    d.check(
      'j30.scope.approved',
      approval >= approvedFrom.value,
      { approvalDate: approval, from: approvedFrom.value },
      approvedFrom.citation,
    );
  }
  if (!inArea) return d.ineligible();
  const req = ratingRequirement(f, on);
  recordRequirement(d, f, req);
  checkPlan(d, f, req);
  return d.decide(null);
}

/** The rule `jingjiguanfa-2023-30/rating-requirement`. */
export const ratingRequirementRule: Rule = defineRule<RatingFacts>({
  id: `${POLICY_ID}/rating-requirement`,
  policyId: POLICY_ID,
  title: {
    zh: '绿色建筑星级和超低能耗建筑要求',
    en: 'Required green-building rating and ultra-low-energy standard',
  },
  citations: [
    SCOPE_CITATION,
    EFFECT_CITATION,
    REBUILT_CITATION,
    NEW_INDUSTRIAL_CITATION,
    NEW_CIVIL_CITATION,
    THREE_STAR_CITATION,
    LAND_CENTRE_CITATION,
    ULE_CITATION,
    ULE_PRINCIPLE_CITATION,
    CIVIL_IN_PLANT_CITATION,
    WELFARE_CITATION,
    WELFARE_SOCIAL_CITATION,
  ],
  validity: { from: FROM, to: TO },
  department: 'development-construction',
  factsSchema: RATING_FACTS_SCHEMA,
  examples: RATING_EXAMPLES,
  messages: RATING_MESSAGES,
  evaluate(f, { asOf }): Decision {
    return assess(ratingRequirementRule, f, asOf);
  },
});
