/**
 * @module services/work-relief/plans
 * 1336号 三(一): each district's annual work-relief plan — its document (title, number, date of
 * approval) — and its project list, kept up to date (动态管理). One plan per district and year; a
 * district-year with projects but no plan document on record still shows, so nothing is hidden.
 */

import type { Store } from '../../store/db.ts';
import type { WrPlanRow } from '../../store/work-relief-schema.ts';
import { type Actor, actorLabel } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { districtCode, districtName, reach, writeDistrict } from './access.ts';
import { optionalDate, optionalText, requiredText, yearField } from './input.ts';
import { listProjects, type ProjectView } from './projects.ts';

/** A district's annual plan (三(一)): its document and its project list. */
export interface PlanView {
  readonly district: string;
  readonly districtName: { zh: string; en: string };
  readonly year: number;
  readonly title: string | null;
  readonly documentRef: string | null;
  readonly approvedOn: string | null;
  readonly projects: readonly ProjectView[];
}

/** Records a district's annual plan document (one per district and year). */
export async function savePlan(
  store: Store,
  actor: Actor,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<PlanView> {
  const district = writeDistrict(actor, input.district, 'work-relief.manage');
  const year = yearField(input.year);
  const row = {
    district,
    year,
    title: requiredText(input.title, 'title'),
    document_ref: optionalText(input.documentRef, 'documentRef'),
    approved_on: optionalDate(input.approvedOn, 'approvedOn'),
    updated_at: now.toISOString(),
    updated_by: actorLabel(actor),
  };
  await store.db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('wr_plans')
      .select('id')
      .where('district', '=', district)
      .where('year', '=', year)
      .executeTakeFirst();
    if (old) await trx.updateTable('wr_plans').set(row).where('id', '=', old.id).execute();
    else await trx.insertInto('wr_plans').values(row).execute();
    await recordAudit(
      trx,
      actor,
      {
        action: old ? 'work_relief.plan.update' : 'work_relief.plan.create',
        entityType: 'wr_plan',
        entityId: `${district}/${year}`,
        details: { title: row.title, documentRef: row.document_ref },
      },
      now,
    );
  });
  return (await listPlans(store, actor, { year, district })).find((p) => p.district === district)!;
}

/** The annual plans and project lists the actor reaches (a district-year with projects but no plan document shows too). */
export async function listPlans(
  store: Store,
  actor: Actor,
  filter: { year?: unknown; district?: unknown } = {},
): Promise<PlanView[]> {
  const projects = await listProjects(store, actor, filter);
  const r = reach(actor, 'work-relief.read');
  let q = store.db.selectFrom('wr_plans').selectAll();
  if (!r.all) q = q.where('district', '=', r.district);
  if (filter.district !== undefined && filter.district !== '')
    q = q.where('district', '=', districtCode(filter.district));
  if (filter.year !== undefined && filter.year !== '') q = q.where('year', '=', yearField(filter.year));
  const plans = new Map<string, WrPlanRow | null>(
    (await q.execute()).map((p) => [`${p.district}|${p.year}`, p]),
  );
  for (const p of projects)
    if (!plans.has(`${p.district}|${p.year}`)) plans.set(`${p.district}|${p.year}`, null);
  return [...plans.entries()]
    .map(([key, p]) => {
      const [district = '', year = '0'] = key.split('|');
      return {
        district,
        districtName: districtName(district),
        year: Number(year),
        title: p?.title ?? null,
        documentRef: p?.document_ref ?? null,
        approvedOn: p?.approved_on ?? null,
        projects: projects.filter((x) => x.district === district && x.year === Number(year)),
      };
    })
    .sort((a, b) => b.year - a.year || a.district.localeCompare(b.district));
}
