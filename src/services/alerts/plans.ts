/**
 * @module services/alerts/plans
 * The member units' standing arrangements (29号 四(一), 四(三)): each of the 17 units files its
 * emergency sub-plan within 15 days of the plan's release and names a leader and a 24-hour
 * contact; the board shows every unit's status and masked contact; the command office reveals a
 * contact's number when it must call during an alert, and that reveal is audited. The phone is
 * encrypted at rest and never reaches the audit log or the board unmasked. Inspections and the
 * duty report are in `inspections.ts` and re-exported here.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { maskPhone } from '../../engine/identifiers.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { type CalendarDate, parseCalendarDate, shanghaiDate } from '../../engine/period.ts';
import { POLLUTION_COMMAND_MEMBERS } from '../../policies/departments.ts';
import {
  CONTACT_CITATION,
  PLAN_RELEASED_ON,
  SUBPLAN_CITATION,
  SUBPLAN_DAY_ONE,
  SUBPLAN_DUE_ON,
  type SubplanStatus,
  subplanStatus,
} from '../../policies/jingjiguanfa-2023-29/subplans.ts';
import * as pq from '../../store/air-plan-queries.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, actorLabel, authorize, type Permission } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { decryptField, encryptField } from '../shared/crypto.ts';
import { optionalText, parseContactPhone, requiredText } from './plan-input.ts';

export { dutyReport, listInspections, recordInspection } from './inspections.ts';
export { parseContactPhone } from './plan-input.ts';

/** Filing: the unit's officers, the command office, administrators (scope checked below). */
const FILE_PERMISSION: Permission = 'air-lists.manage';
/** The board: everyone who follows alerts. */
const READ_PERMISSION: Permission = 'alerts.read';
/** Revealing a number: the command office and administrators only. */
const REVEAL_PERMISSION: Permission = 'alerts.manage';

/** A member unit on the board. `contactPhone` is always masked here. */
export interface SubplanView {
  readonly unit: string;
  readonly name: Bilingual;
  readonly status: SubplanStatus;
  readonly filedOn: string | null;
  readonly documentRef: string | null;
  readonly leaderName: string | null;
  readonly contactName: string | null;
  readonly contactPhone: string | null;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

/** Every member unit with its sub-plan status, against the deadline of 四(一). */
export interface SubplanBoard {
  readonly asOf: CalendarDate;
  readonly deadline: { releasedOn: CalendarDate; dayOne: CalendarDate; dueOn: CalendarDate };
  readonly counts: Record<SubplanStatus, number>;
  readonly units: readonly SubplanView[];
  readonly citations: readonly (typeof SUBPLAN_CITATION)[];
}

/** Input of {@link fileSubplan}. `filedOn` and `documentRef` left out keep what is on record. */
export interface SubplanInput {
  readonly filedOn?: unknown;
  readonly documentRef?: unknown;
  readonly leaderName?: unknown;
  readonly contactName?: unknown;
  readonly contactPhone?: unknown;
}

/** The phone's encryption context: a stored number decrypts only as its own unit's. */
const phoneContext = (unit: string) => `air_subplans.contact_phone:${unit}`;

function memberOrThrow(unitCode: unknown): (typeof POLLUTION_COMMAND_MEMBERS)[number] {
  const unit = POLLUTION_COMMAND_MEMBERS.find((d) => d.code === unitCode);
  if (!unit) {
    throw invalidInput(
      'unit',
      unitCode,
      'is not one of the 17 member units of the command (29号 一(二))',
      '不是指挥部 17 个成员单位之一（29号 一(二)）',
    );
  }
  return unit;
}

/** True for the command office, administrators and the system: they act for any unit. */
function actsForAll(actor: Actor): boolean {
  return (
    actor.kind === 'system' ||
    (actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'command_office'))
  );
}

function parseFiledOn(value: unknown, today: CalendarDate): CalendarDate | null {
  if (value === null || value === '') return null;
  const d = parseCalendarDate(value, 'filedOn');
  if (d > today)
    throw invalidInput('filedOn', value, `must not be after today (${today})`, `不得晚于今天（${today}）`);
  if (d < PLAN_RELEASED_ON) {
    throw invalidInput(
      'filedOn',
      value,
      `must not be before the plan's release on ${PLAN_RELEASED_ON}`,
      `不得早于预案发布日 ${PLAN_RELEASED_ON}`,
    );
  }
  return d;
}

/**
 * Files or updates a unit's sub-plan, leader and 24-hour contact (四(一), 四(三)). The unit's own
 * officers, the command office or an administrator. Once a filing date is on record only the
 * command office or an administrator may change it: the office is where the plan is filed.
 */
export async function fileSubplan(
  store: Store,
  actor: Actor,
  unitCode: string,
  input: SubplanInput,
  now = new Date(),
): Promise<SubplanView> {
  authorize(actor, FILE_PERMISSION);
  const unit = memberOrThrow(unitCode);
  if (!actsForAll(actor) && !(actor.kind === 'user' && actor.department === unit.code)) {
    throw new ZhengceError(
      'ZC_ERR_FORBIDDEN',
      `unit: only ${unit.code}'s own officers or the command office may file for it`,
      {
        field: 'unit',
        value: unit.code,
        messageZh: `unit：只有${unit.name.zh}本单位人员或指挥部办公室可为其备案`,
      },
    );
  }
  const today = shanghaiDate(now);
  const leaderName = requiredText(input.leaderName, 'leaderName', 50);
  const contactName = requiredText(input.contactName, 'contactName', 50);
  const phone = parseContactPhone(input.contactPhone);
  const filedOn = input.filedOn === undefined ? undefined : parseFiledOn(input.filedOn, today);
  const documentRef =
    input.documentRef === undefined ? undefined : optionalText(input.documentRef, 'documentRef', 200);
  const iso = now.toISOString();
  await store.db.transaction().execute(async (trx) => {
    const old = await pq.findSubplan(trx, unit.code);
    const nextFiledOn = filedOn === undefined ? (old?.filed_on ?? null) : filedOn;
    if (old?.filed_on && nextFiledOn !== old.filed_on && !actsForAll(actor)) {
      throw new ZhengceError(
        'ZC_ERR_FORBIDDEN',
        `filedOn: the filing of ${old.filed_on} is on record; only the command office may change it`,
        {
          field: 'filedOn',
          value: input.filedOn,
          messageZh: `filedOn：已登记 ${old.filed_on} 备案，只有指挥部办公室可以更改`,
        },
      );
    }
    const row = {
      unit_code: unit.code,
      filed_on: nextFiledOn,
      document_ref: documentRef === undefined ? (old?.document_ref ?? null) : documentRef,
      leader_name: leaderName,
      contact_name: contactName,
      contact_phone_enc: encryptField(phone, phoneContext(unit.code)),
      contact_phone_masked: maskPhone(phone),
      updated_at: iso,
      updated_by: actorLabel(actor),
    };
    await pq.upsertSubplan(trx, row);
    const changed = old ? changedFields(old, row, phone) : ['created'];
    await recordAudit(
      trx,
      actor,
      {
        action: old ? 'air_subplan.update' : 'air_subplan.file',
        entityType: 'air_subplan',
        entityId: unit.code,
        // Names of the officials in their duty role; the phone only masked.
        details: {
          changed,
          filedOn: row.filed_on,
          documentRef: row.document_ref,
          leaderName,
          contactName,
          contactPhone: row.contact_phone_masked,
        },
      },
      now,
    );
  });
  return (await subplanBoard(store, actor, now)).units.find((u) => u.unit === unit.code)!;
}

function changedFields(old: pq.AirSubplanRow, row: pq.AirSubplanRow, phone: string): string[] {
  const out = (['filed_on', 'document_ref', 'leader_name', 'contact_name'] as const).filter(
    (k) => old[k] !== row[k],
  );
  let samePhone = false;
  try {
    samePhone = decryptField(old.contact_phone_enc, phoneContext(old.unit_code)) === phone;
  } catch {
    // An unreadable old value (a rotated key) is simply replaced.
  }
  return samePhone ? out : [...out, 'contact_phone'];
}

/** Every one of the 17 member units, in the order of 一(二), with its status on `now`'s date. */
export async function subplanBoard(store: Store, actor: Actor, now = new Date()): Promise<SubplanBoard> {
  authorize(actor, READ_PERMISSION);
  const today = shanghaiDate(now);
  const rows = new Map((await pq.listSubplans(store.db)).map((r) => [r.unit_code, r]));
  const counts: Record<SubplanStatus, number> = { filed: 0, filed_late: 0, overdue: 0, due: 0 };
  const units = POLLUTION_COMMAND_MEMBERS.map((d): SubplanView => {
    const r = rows.get(d.code);
    const status = subplanStatus((r?.filed_on ?? null) as CalendarDate | null, today);
    counts[status]++;
    return {
      unit: d.code,
      name: d.name,
      status,
      filedOn: r?.filed_on ?? null,
      documentRef: r?.document_ref ?? null,
      leaderName: r?.leader_name ?? null,
      contactName: r?.contact_name ?? null,
      contactPhone: r?.contact_phone_masked ?? null,
      updatedAt: r?.updated_at ?? null,
      updatedBy: r?.updated_by ?? null,
    };
  });
  return {
    asOf: today,
    deadline: { releasedOn: PLAN_RELEASED_ON, dayOne: SUBPLAN_DAY_ONE, dueOn: SUBPLAN_DUE_ON },
    counts,
    units,
    citations: [SUBPLAN_CITATION, CONTACT_CITATION],
  };
}

/** A unit's contact with the number in full, for the command office to call. */
export interface RevealedContact {
  readonly unit: string;
  readonly name: Bilingual;
  readonly leaderName: string;
  readonly contactName: string;
  readonly contactPhone: string;
}

/**
 * Reveals a unit's 24-hour contact number (四(三): "联系人需 24 小时保持通讯畅通"). The command
 * office and administrators only; every reveal is audited, with the optional reason, before the
 * number is returned.
 */
export async function revealContact(
  store: Store,
  actor: Actor,
  unitCode: string,
  input: { reason?: unknown } = {},
  now = new Date(),
): Promise<RevealedContact> {
  authorize(actor, REVEAL_PERMISSION);
  const unit = memberOrThrow(unitCode);
  const reason = optionalText(input.reason, 'reason', 500);
  const row = await pq.findSubplan(store.db, unit.code);
  if (!row) {
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `unit: ${unit.code} has no contact on file`, {
      field: 'unit',
      value: unit.code,
      messageZh: `unit：${unit.name.zh}尚未报备联系人`,
    });
  }
  const contactPhone = decryptField(row.contact_phone_enc, phoneContext(unit.code));
  await store.db.transaction().execute(async (trx) => {
    await recordAudit(
      trx,
      actor,
      {
        action: 'air_subplan.reveal_contact',
        entityType: 'air_subplan',
        entityId: unit.code,
        details: { contactName: row.contact_name, contactPhone: row.contact_phone_masked, reason },
      },
      now,
    );
  });
  return {
    unit: unit.code,
    name: unit.name,
    leaderName: row.leader_name,
    contactName: row.contact_name,
    contactPhone,
  };
}
