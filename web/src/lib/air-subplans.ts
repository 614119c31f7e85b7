/**
 * @module web/lib/air-subplans
 * The member units' emergency sub-plans and 24-hour contacts (29号 四(一), 四(三)) as the command
 * centre reads them: the shapes of `GET /api/v1/air/subplans`, of a filing and of a revealed
 * number; the board's order (overdue first); the edit form's checks; and the body a filing sends
 * (the filing date and document reference only when they change, so a blank never clears one by
 * accident).
 */
import type { Bilingual, CalendarDate, Citation } from '../api.ts';

/** Where a unit stands: filed in time, filed late, not filed after the deadline, not filed yet. */
export type SubplanStatus = 'filed' | 'filed_late' | 'overdue' | 'due';
/** The board's order: what needs chasing first. */
export const SUBPLAN_STATUSES: readonly SubplanStatus[] = ['overdue', 'filed_late', 'due', 'filed'];

/** A member unit on the board (`contactPhone` always masked, e.g. `138****5678`). */
export interface SubplanUnit {
  /** Department code. */
  readonly unit: string;
  readonly name: Bilingual;
  readonly status: SubplanStatus;
  readonly filedOn: CalendarDate | null;
  readonly documentRef: string | null;
  readonly leaderName: string | null;
  readonly contactName: string | null;
  readonly contactPhone: string | null;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

export interface SubplanBoard {
  readonly asOf: CalendarDate;
  /** Released on, day 1 of the 15 days, and the last day to file (inclusive). */
  readonly deadline: {
    readonly releasedOn: CalendarDate;
    readonly dayOne: CalendarDate;
    readonly dueOn: CalendarDate;
  };
  readonly counts: Readonly<Record<SubplanStatus, number>>;
  readonly units: readonly SubplanUnit[];
  readonly citations: readonly Citation[];
}

/** The body of `PUT /api/v1/air/subplans/:unit`; `filedOn` and `documentRef` left out keep the record. */
export interface SubplanInput {
  readonly leaderName: string;
  readonly contactName: string;
  readonly contactPhone: string;
  readonly filedOn?: CalendarDate | null;
  readonly documentRef?: string | null;
}

/** The answer of `POST /api/v1/air/subplans/:unit/reveal`: the number in full (the reveal is audited). */
export interface RevealedContact {
  readonly unit: string;
  readonly name: Bilingual;
  readonly leaderName: string;
  readonly contactName: string;
  readonly contactPhone: string;
}

/** Overdue, filed late, due, filed; within a status the board's own order (一(二)). */
export function orderUnits(units: readonly SubplanUnit[]): SubplanUnit[] {
  const rank = (u: SubplanUnit) => SUBPLAN_STATUSES.indexOf(u.status);
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => rank(a.u) - rank(b.u) || a.i - b.i)
    .map(({ u }) => u);
}

/** The board with one unit replaced by the row a filing answers, and the counts recounted. */
export function replaceUnit(board: SubplanBoard, row: SubplanUnit): SubplanBoard {
  const units = board.units.map((u) => (u.unit === row.unit ? row : u));
  const counts: Record<SubplanStatus, number> = { filed: 0, filed_late: 0, overdue: 0, due: 0 };
  for (const u of units) counts[u.status]++;
  return { ...board, units, counts };
}

/** The edit form's values, as typed. */
export interface SubplanDraft {
  readonly leaderName: string;
  readonly contactName: string;
  readonly contactPhone: string;
  /** `YYYY-MM-DD` or empty. */
  readonly filedOn: string;
  readonly documentRef: string;
}

/**
 * The form for a unit: what is on record, the phone empty (the board holds it masked and the API
 * wants it in full each time) unless the number has been revealed.
 */
export function draftOf(unit: SubplanUnit, revealedPhone?: string): SubplanDraft {
  return {
    leaderName: unit.leaderName ?? '',
    contactName: unit.contactName ?? '',
    contactPhone: revealedPhone ?? '',
    filedOn: unit.filedOn ?? '',
    documentRef: unit.documentRef ?? '',
  };
}

export type SubplanField = keyof SubplanDraft;
export type SubplanProblem = 'missing' | 'tooLong' | 'phone' | 'date' | 'future' | 'beforeRelease';

/**
 * True for a number the API accepts as a 24-hour contact: a mainland mobile (`+86` allowed) or a
 * landline with its area code (010 and 02x with 8 digits, others 7–8), separators ignored.
 */
export function isContactPhone(text: string): boolean {
  const s = text.normalize('NFKC').replace(/[\s\-()（）]/g, '');
  if (/^1[3-9]\d{9}$/.test(s.replace(/^(\+86|0086)/, ''))) return true;
  const m = /^(0(?:[12]\d|[3-9]\d{2}))([2-9]\d{6,7})$/.exec(s);
  return m !== null && !(m[1]!.length === 3 && m[2]!.length !== 8);
}

/** What is wrong with the form, field by field (the API checks again and has the last word). */
export function checkDraft(
  draft: SubplanDraft,
  today: CalendarDate,
  releasedOn: CalendarDate,
): Partial<Record<SubplanField, SubplanProblem>> {
  const out: Partial<Record<SubplanField, SubplanProblem>> = {};
  for (const [k, max] of [
    ['leaderName', 50],
    ['contactName', 50],
  ] as const) {
    const v = draft[k].trim();
    if (!v) out[k] = 'missing';
    else if (v.length > max) out[k] = 'tooLong';
  }
  if (!draft.contactPhone.trim()) out.contactPhone = 'missing';
  else if (!isContactPhone(draft.contactPhone)) out.contactPhone = 'phone';
  const d = draft.filedOn.trim();
  if (d) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) out.filedOn = 'date';
    else if (d > today) out.filedOn = 'future';
    else if (d < releasedOn) out.filedOn = 'beforeRelease';
  }
  if (draft.documentRef.trim().length > 200) out.documentRef = 'tooLong';
  return out;
}

/** The body to send: names and phone trimmed; the date and reference only when they change. */
export function inputOf(draft: SubplanDraft, unit: SubplanUnit): SubplanInput {
  const filedOn = draft.filedOn.trim() || null;
  const documentRef = draft.documentRef.trim() || null;
  return {
    leaderName: draft.leaderName.trim(),
    contactName: draft.contactName.trim(),
    contactPhone: draft.contactPhone.trim(),
    ...(filedOn !== unit.filedOn ? { filedOn } : {}),
    ...(documentRef !== unit.documentRef ? { documentRef } : {}),
  };
}
