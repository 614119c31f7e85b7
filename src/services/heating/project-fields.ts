/**
 * @module services/heating/project-fields
 * Reading and checking the editable fields of a heating project: its name, technology (a code of
 * 1309号's technologies), heated area, commissioning date, operator (a registered enterprise) and
 * design (the facts of the project-check rule, checked by its schema, errors named `design.…`).
 */
import type { Updateable } from 'kysely';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { isCalendarDate } from '../../engine/period.ts';
import { assertFacts } from '../../engine/rule.ts';
import { getRule } from '../../policies/index.ts';
import { TECHNOLOGIES } from '../../policies/jingfagai-2023-1309/technologies.ts';
import type { HeatingProjectTable } from '../../store/heating-buildings-schema.ts';
import type { Db } from '../../store/queries.ts';

export const PROJECT_CHECK_RULE = 'jingfagai-2023-1309/project-check';
const DECIMAL = /^\d{1,13}(\.\d{1,6})?$/;

export type Input = Record<string, unknown>;

export function text(input: Input, key: string, required: boolean, max = 200): string | null {
  const v = input[key];
  if (v === undefined || v === null || v === '') {
    if (required) throw invalidInput(key, v, 'is required', '必填');
    return null;
  }
  if (typeof v !== 'string' || v.trim() === '' || v.length > max)
    throw invalidInput(key, v, `must be text of at most ${max} characters`, `须为不超过 ${max} 个字符的文本`);
  return v.trim();
}

/** Reads and checks the editable fields; `partial` for an update (only what is given). */
export async function readFields(db: Db, input: Input, partial: boolean) {
  const out: Updateable<HeatingProjectTable> = {};
  const has = (k: string) => !partial || k in input;
  if (has('name')) out.name = text(input, 'name', true) ?? '';
  if (has('technology')) {
    const t = input.technology;
    if (typeof t !== 'string' || !(TECHNOLOGIES as readonly string[]).includes(t))
      throw invalidInput(
        'technology',
        t,
        `must be one of ${TECHNOLOGIES.join(', ')}`,
        '不是可识别的供热技术类型',
      );
    out.technology = t;
  }
  if (has('heatedAreaM2')) {
    const a =
      input.heatedAreaM2 === undefined || input.heatedAreaM2 === null ? null : String(input.heatedAreaM2);
    if (a !== null && a !== '' && !DECIMAL.test(a))
      throw invalidInput(
        'heatedAreaM2',
        input.heatedAreaM2,
        'must be an area in m² (decimal)',
        '须为面积（平方米，十进制数）',
      );
    out.heated_area_m2 = a === '' ? null : a;
  }
  if (has('commissionedOn')) {
    const d = input.commissionedOn;
    if (d !== undefined && d !== null && d !== '' && !isCalendarDate(d))
      throw invalidInput('commissionedOn', d, 'is not a date YYYY-MM-DD', '不是有效日期（YYYY-MM-DD）');
    out.commissioned_on = typeof d === 'string' && d !== '' ? d : null;
  }
  if (has('creditCode')) {
    const cc = text(input, 'creditCode', false, 18);
    if (cc !== null) {
      const e = await db
        .selectFrom('enterprises')
        .select('credit_code')
        .where('credit_code', '=', cc.toUpperCase())
        .executeTakeFirst();
      if (!e) throw invalidInput('creditCode', cc, 'is not a registered enterprise', '不是已登记的企业');
    }
    out.credit_code = cc === null ? null : cc.toUpperCase();
  }
  if (has('design')) {
    const d = input.design;
    if (d === undefined || d === null) out.design = null;
    else {
      try {
        assertFacts(getRule(PROJECT_CHECK_RULE), d);
      } catch (e) {
        if (e instanceof ZhengceError && e.field !== undefined)
          throw new ZhengceError(e.code, e.message.replace(/^facts/, 'design'), {
            field: e.field.replace(/^facts/, 'design'),
            value: e.value,
            ...(e.messageZh === undefined ? {} : { messageZh: e.messageZh.replace(/^facts/, 'design') }),
            details: e.details,
          });
        throw e;
      }
      out.design = JSON.stringify(d);
    }
  }
  return out;
}
