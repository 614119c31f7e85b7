/**
 * @module services/buildings/project-fields
 * Reading and checking the fields of a building project: the rating rule's facts (checked by its
 * schema, errors named `facts.…`), the stage-gate facts (`gate.…`), what it counts as towards the
 * targets of 四, its area, completion date and owner (a registered enterprise).
 */
import type { Updateable } from 'kysely';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { isCalendarDate } from '../../engine/period.ts';
import { assertFacts } from '../../engine/rule.ts';
import { getRule } from '../../policies/index.ts';
import type { ApprovalAuthority, LandSupply } from '../../policies/jingjiguanfa-2023-30/gates.ts';
import type { RatingFacts } from '../../policies/jingjiguanfa-2023-30/rating-schema.ts';
import { TARGET_RECORD_KINDS } from '../../policies/jingjiguanfa-2023-30/targets.ts';
import type { BuildingProjectTable } from '../../store/heating-buildings-schema.ts';
import type { Db } from '../../store/queries.ts';
import type { GateFacts } from './projects.ts';

const RATING_RULE = 'jingjiguanfa-2023-30/rating-requirement';
const DECIMAL = /^\d{1,13}(\.\d{1,6})?$/;

export type Input = Record<string, unknown>;

function rethrowAs(prefix: string, e: unknown): never {
  if (e instanceof ZhengceError && e.field !== undefined)
    throw new ZhengceError(e.code, e.message.replace(/^facts/, prefix), {
      field: e.field.replace(/^facts/, prefix),
      value: e.value,
      ...(e.messageZh === undefined ? {} : { messageZh: e.messageZh.replace(/^facts/, prefix) }),
      details: e.details,
    });
  throw e;
}

const LAND: readonly LandSupply[] = ['transfer', 'allocation', 'none'];
const AUTHORITIES: readonly ApprovalAuthority[] = ['economic-development', 'administrative-approval'];

/** Reads the gate facts; booleans default to false except the two the checklist needs. */
export function readGate(v: unknown): GateFacts {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw invalidInput('gate', v, 'must be an object', '须为对象');
  const g = v as Input;
  const known = [
    'investmentPromotion',
    'landSupply',
    'approvalAuthority',
    'keyProject',
    'highStandardCommercialHousing',
    'energyDesignChange',
  ];
  for (const k of Object.keys(g))
    if (!known.includes(k))
      throw invalidInput(`gate.${k}`, g[k], 'is not a known fact of the stage gates', '不是过程管理的事实');
  if (typeof g.investmentPromotion !== 'boolean')
    throw invalidInput(
      'gate.investmentPromotion',
      g.investmentPromotion,
      'must be true or false',
      '须为是或否',
    );
  if (!LAND.includes(g.landSupply as LandSupply))
    throw invalidInput(
      'gate.landSupply',
      g.landSupply,
      `must be one of ${LAND.join(', ')}`,
      '须为 transfer（出让）、allocation（划拨）或 none（不涉及供地）',
    );
  if (g.approvalAuthority !== undefined && !AUTHORITIES.includes(g.approvalAuthority as ApprovalAuthority))
    throw invalidInput(
      'gate.approvalAuthority',
      g.approvalAuthority,
      `must be one of ${AUTHORITIES.join(', ')}`,
      '须为经济发展局或行政审批局',
    );
  const out: Record<string, unknown> = {
    investmentPromotion: g.investmentPromotion,
    landSupply: g.landSupply,
  };
  if (g.approvalAuthority !== undefined) out.approvalAuthority = g.approvalAuthority;
  for (const k of ['keyProject', 'highStandardCommercialHousing', 'energyDesignChange']) {
    if (g[k] === undefined) continue;
    if (typeof g[k] !== 'boolean')
      throw invalidInput(`gate.${k}`, g[k], 'must be true or false', '须为是或否');
    out[k] = g[k];
  }
  return out as GateFacts;
}

export async function readFields(db: Db, input: Input, partial: boolean) {
  const out: Updateable<BuildingProjectTable> = {};
  const has = (k: string) => !partial || k in input;
  if (has('name')) {
    const n = input.name;
    if (typeof n !== 'string' || n.trim() === '' || n.length > 200)
      throw invalidInput('name', n, 'is required (at most 200 characters)', '必填（不超过200字）');
    out.name = n.trim();
  }
  let facts: RatingFacts | null = null;
  if (has('facts')) {
    try {
      assertFacts(getRule(RATING_RULE), input.facts);
    } catch (e) {
      rethrowAs('facts', e);
    }
    facts = input.facts as RatingFacts;
    out.facts = JSON.stringify(facts);
  }
  if (has('gate')) out.gate = JSON.stringify(readGate(input.gate));
  if (has('targetKind')) {
    if (!(TARGET_RECORD_KINDS as readonly unknown[]).includes(input.targetKind))
      throw invalidInput(
        'targetKind',
        input.targetKind,
        `must be one of ${TARGET_RECORD_KINDS.join(', ')}`,
        '不是有效的项目类别',
      );
    out.target_kind = input.targetKind as string;
  }
  if (has('areaSqm')) {
    const a = typeof input.areaSqm === 'number' ? String(input.areaSqm) : input.areaSqm;
    if (typeof a !== 'string' || !DECIMAL.test(a) || Number(a) <= 0)
      throw invalidInput(
        'areaSqm',
        input.areaSqm,
        'must be a positive building area in m²',
        '须为正数建筑面积（平方米）',
      );
    out.area_sqm = a;
  }
  if (has('completedOn')) {
    const d = input.completedOn;
    if (d !== undefined && d !== null && d !== '' && !isCalendarDate(d))
      throw invalidInput('completedOn', d, 'is not a date YYYY-MM-DD', '不是有效日期（YYYY-MM-DD）');
    out.completed_on = typeof d === 'string' && d !== '' ? d : null;
  }
  if (has('creditCode')) {
    const cc =
      typeof input.creditCode === 'string' && input.creditCode.trim() !== ''
        ? input.creditCode.trim().toUpperCase()
        : null;
    if (
      cc !== null &&
      !(await db
        .selectFrom('enterprises')
        .select('credit_code')
        .where('credit_code', '=', cc)
        .executeTakeFirst())
    )
      throw invalidInput(
        'creditCode',
        input.creditCode,
        'is not a registered enterprise',
        '不是已登记的企业',
      );
    out.credit_code = cc;
  }
  return out;
}
