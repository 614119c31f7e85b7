/**
 * @module services/green/parameters
 * Parameters the text leaves to the administering bureau, set on the platform: item 6's tiers
 * (D-31-4: "分档确定奖励资金,奖励资金范围 50—250 万元"). A setting is dated; it is checked by
 * evaluating the item with it before it is saved, and every change is audited.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { getRule } from '../../policies/index.ts';
import { validateTiers } from '../../policies/jingjiguanfa-2023-31/item-06.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, actorLabel, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';

/** The parameters a bureau may set, with the rule that reads each. */
export const CONFIGURABLE: Readonly<Record<string, { ruleId: string; validate: (v: unknown) => void }>> = {
  'jingjiguanfa-2023-31.item-06.tiers': {
    ruleId: 'jingjiguanfa-2023-31/item-06',
    validate: (v) => {
      try {
        validateTiers(v);
      } catch (e) {
        // The rule reports a bad configured value as a configuration fault; here it is input.
        if (e instanceof ZhengceError) throw invalidInput('value', v, e.message, e.messageZh ?? e.message);
        throw e;
      }
    },
  },
};

export async function listParameterSettings(store: Store, actor: Actor) {
  authorize(actor, 'green.read');
  const rows = await store.db.selectFrom('parameter_settings').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    parameterId: r.parameter_id,
    from: r.valid_from,
    to: r.valid_to,
    value: JSON.parse(r.value) as unknown,
    note: r.note,
    setBy: r.set_by,
    setAt: r.set_at,
  }));
}

/** Sets a configurable parameter from a date (the rule's own validation of the value applies). */
export async function setParameter(
  store: Store,
  actor: Actor,
  input: { parameterId?: unknown; from?: unknown; to?: unknown; value?: unknown; note?: unknown },
  now = new Date(),
) {
  authorize(actor, 'green.parameters');
  const id = typeof input.parameterId === 'string' ? input.parameterId : '';
  const spec = CONFIGURABLE[id];
  if (!spec)
    throw invalidInput(
      'parameterId',
      input.parameterId,
      `must be one of ${Object.keys(CONFIGURABLE).join(', ')}`,
      `须为 ${Object.keys(CONFIGURABLE).join('、')} 之一`,
    );
  const rule = getRule(spec.ruleId);
  authorize(actor, 'green.parameters', { department: rule.department ?? null });
  const from = parseCalendarDate(input.from, 'from');
  const to = input.to === undefined || input.to === null ? null : parseCalendarDate(input.to, 'to');
  if (to !== null && to < from)
    throw invalidInput('to', input.to, 'must not be before from', '不得早于 from');
  if (typeof input.note !== 'string' || input.note.trim() === '')
    throw invalidInput(
      'note',
      input.note,
      'is required (the decision or document that sets it)',
      '必填（设定依据的文件或决定）',
    );
  spec.validate(input.value);
  const iso = now.toISOString();
  return store.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('parameter_settings')
      .values({
        parameter_id: id,
        valid_from: from as CalendarDate,
        valid_to: to,
        value: JSON.stringify(input.value),
        note: input.note as string,
        set_by: actorLabel(actor),
        set_at: iso,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor,
      {
        action: 'parameter.set',
        entityType: 'parameter',
        entityId: id,
        details: { from, to, value: input.value as never, note: input.note },
      },
      now,
    );
    return { id: row.id, parameterId: id, from, to, value: input.value };
  });
}
