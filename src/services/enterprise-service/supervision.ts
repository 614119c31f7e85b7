/**
 * @module services/enterprise-service/supervision
 * 二(四)16 “信用+风险”: the credit and risk facts recorded on a file give its supervision intensity
 * (D-28-5); scheduling an inspection goes through the rule `jingjiguanfa-2023-28/inspection-check`
 * on the planned date, and a routine inspection of a 无事不扰 enterprise without a recorded reason
 * is refused with `ZC_ERR_CONFLICT` naming `reason` (D-28-6).
 */
import { decisionToJson } from '../../engine/decision.ts';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { assertFacts, evaluateRule } from '../../engine/rule.ts';
import {
  type CreditRiskFacts,
  creditGrade,
  INTENSITIES,
  type InspectionKind,
  inspectionCheck,
  intensity,
  noDisturbance,
  riskLevel,
} from '../../policies/jingjiguanfa-2023-28/supervision.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, actorLabel } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { fileFor } from './access.ts';
import { asInput, oneOf, parseJson, text } from './input.ts';

/** Grade, risk and intensity of recorded facts. */
export function supervisionOf(facts: CreditRiskFacts) {
  const grade = creditGrade(facts);
  const risk = riskLevel(facts);
  const i = intensity(grade, risk);
  return { grade, risk, intensity: i, intensityLabel: INTENSITIES[i] };
}

/** The file's supervision: facts, grade, risk, intensity (null before facts are recorded). */
export async function getSupervision(store: Store, actor: Actor, idOrCode: unknown) {
  const file = await fileFor(store, actor, idOrCode, 'fie.read');
  const facts = parseJson<CreditRiskFacts | null>(file.credit_facts, null);
  const inspections = await store.db
    .selectFrom('fie_inspections')
    .selectAll()
    .where('file_id', '=', file.id)
    .orderBy('planned_on')
    .execute();
  return {
    fileId: file.id,
    creditCode: file.credit_code,
    facts,
    recordedOn: file.credit_recorded_on,
    ...(facts ? supervisionOf(facts) : { grade: null, risk: null, intensity: null, intensityLabel: null }),
    inspections: inspections.map((x) => ({
      id: x.id,
      plannedOn: x.planned_on,
      kind: x.kind,
      reason: x.reason,
      outcome: x.outcome,
      intensity: x.intensity,
      by: x.created_by,
    })),
  };
}

/** Records the eight facts of D-28-5 (the rule's schema; `ZC_ERR_FACTS_INVALID` otherwise). */
export async function recordCreditFacts(
  store: Store,
  actor: Actor,
  idOrCode: unknown,
  body: unknown,
  today: CalendarDate,
  now = new Date(),
) {
  const file = await fileFor(store, actor, idOrCode, 'fie.supervise');
  assertFacts(noDisturbance, body);
  const facts = body as CreditRiskFacts;
  const s = supervisionOf(facts);
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('fie_files')
      .set({ credit_facts: JSON.stringify(facts), credit_recorded_on: today, updated_at: now.toISOString() })
      .where('id', '=', file.id)
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'fie_file.credit',
        entityType: 'fie_file',
        entityId: file.id,
        details: { grade: s.grade, risk: s.risk, intensity: s.intensity },
      },
      now,
    );
  });
  return getSupervision(store, actor, file.id);
}

/**
 * Schedules an inspection: `{plannedOn, kind, reason?}` judged by inspection-check on `plannedOn`.
 * Refused (`ZC_ERR_CONFLICT`, field `reason`) for a routine inspection of a 无事不扰 enterprise
 * without a reason; with a reason it is stored as needing review.
 */
export async function scheduleInspection(
  store: Store,
  actor: Actor,
  idOrCode: unknown,
  body: unknown,
  now = new Date(),
) {
  const file = await fileFor(store, actor, idOrCode, 'fie.supervise');
  const input = asInput(body);
  const plannedOn = parseCalendarDate(input.plannedOn, 'plannedOn');
  const kind = oneOf<InspectionKind>(input, 'kind', ['routine', 'complaint', 'referral', 'incident']);
  const reason = text(input, 'reason', false, 500);
  const facts = parseJson<CreditRiskFacts | null>(file.credit_facts, null);
  if (!facts)
    throw invalidInput(
      'creditFacts',
      null,
      'are not recorded for this enterprise; record them before scheduling an inspection',
      '尚未记录，安排检查前须先记录信用与风险情况',
    );
  const decision = evaluateRule(
    inspectionCheck,
    { ...facts, kind, ...(reason === undefined ? {} : { reason }) },
    plannedOn,
  );
  const s = supervisionOf(facts);
  if (decision.outcome === 'ineligible')
    throw new ZhengceError(
      'ZC_ERR_CONFLICT',
      'reason: a routine inspection of a “no disturbance” enterprise needs a recorded reason (无事不扰, 28号 二(四)16)',
      {
        field: 'reason',
        value: reason ?? null,
        messageZh: 'reason：对“无事不扰”企业安排例行检查须记录理由（京技管发〔2023〕28号 二(四)16）',
      },
    );
  const row = await store.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('fie_inspections')
      .values({
        file_id: file.id,
        planned_on: plannedOn,
        kind,
        reason: reason ?? null,
        outcome: decision.outcome,
        intensity: s.intensity,
        created_at: now.toISOString(),
        created_by: actorLabel(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor,
      {
        action: 'fie_inspection.schedule',
        entityType: 'fie_inspection',
        entityId: r.id,
        details: { fileId: file.id, plannedOn, kind, outcome: decision.outcome, intensity: s.intensity },
      },
      now,
    );
    return r;
  });
  return {
    id: row.id,
    plannedOn,
    kind,
    reason: row.reason,
    outcome: row.outcome,
    intensity: s.intensity,
    decision: decisionToJson(decision, inspectionCheck.messages),
  };
}
